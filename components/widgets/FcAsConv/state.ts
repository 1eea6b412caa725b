/** FcAsConv's shareable state and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { S } from './strings';

export interface FcAsConvState {
  /** The input size the fully connected layer expects (and the convolution's kernel size). */
  c: number;
  h: number;
  w: number;
  outputs: number;
  /** How many rows and columns the image has beyond h × w (0: exactly the layer's input). */
  extra: number;
  seed: number;
  /** Selected output unit and window position (raster order); clamped by the view. */
  unit: number;
  pos: number;
}

export type NumericField = 'c' | 'h' | 'w' | 'outputs' | 'extra' | 'seed';

export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  c: [1, 4],
  h: [1, 5],
  w: [1, 5],
  outputs: [1, 8],
  extra: [0, 3],
  seed: [0, 9999],
};

export const DEFAULT_STATE: FcAsConvState = { c: 2, h: 3, w: 3, outputs: 4, extra: 0, seed: 1, unit: 0, pos: 0 };

const checks = numericFields(LIMITS, (f) => S.fields[f], { ...S.errors, outOfRange: S.errors.range });

export const stateError = (state: FcAsConvState) => checks.firstError(state);

const isIndex = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseFcAsConvState(raw: unknown): { ok: true; value: Partial<FcAsConvState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const numbers = checks.parseFields(raw);
  if (!numbers.ok) return numbers;
  const value: Partial<FcAsConvState> = { ...numbers.value };
  for (const key of ['unit', 'pos'] as const) {
    if (!(key in raw)) continue;
    if (!isIndex(raw[key])) return { ok: false, error: S.errors.badIndex(key) };
    value[key] = raw[key] as number;
  }
  return { ok: true, value };
}

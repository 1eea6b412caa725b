/** PointwiseConv's shareable state and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { S } from './strings';

export interface PointwiseState {
  c: number;
  h: number;
  w: number;
  outputs: number;
  seed: number;
  /** The selected pixel, raster order; clamped by the view. */
  pixel: number;
}

export type NumericField = 'c' | 'h' | 'w' | 'outputs' | 'seed';

export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  c: [1, 6],
  h: [1, 8],
  w: [1, 8],
  outputs: [1, 6],
  seed: [0, 9999],
};

export const DEFAULT_STATE: PointwiseState = { c: 3, h: 4, w: 4, outputs: 2, seed: 5, pixel: 0 };

const checks = numericFields(LIMITS, (f) => S.fields[f], { ...S.errors, outOfRange: S.errors.range });

export const stateError = (state: PointwiseState) => checks.firstError(state);

export function parsePointwiseState(raw: unknown): { ok: true; value: Partial<PointwiseState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const numbers = checks.parseFields(raw);
  if (!numbers.ok) return numbers;
  const value: Partial<PointwiseState> = { ...numbers.value };
  if ('pixel' in raw) {
    const v = raw.pixel;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, error: S.errors.badIndex('pixel') };
    value.pixel = v;
  }
  return { ok: true, value };
}

/** DepthwiseSeparableCost's shareable state and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { S } from './strings';

export interface SeparableState {
  df: number;
  m: number;
  n: number;
  dk: number;
  t: number;
}

export type Field = keyof SeparableState;

export const LIMITS: Record<Field, [min: number, max: number]> = {
  df: [1, 512],
  m: [1, 4096],
  n: [1, 4096],
  dk: [1, 11],
  t: [1, 10],
};

export const FIELDS: Field[] = ['df', 'm', 'n', 'dk', 't'];

/** MobileNet v1's block 7 (14 × 14, 512 → 512) with MobileNet v2's usual t = 6. */
export const DEFAULT_STATE: SeparableState = { df: 14, m: 512, n: 512, dk: 3, t: 6 };

const checks = numericFields(LIMITS, (f) => S.fields[f], { ...S.errors, outOfRange: S.errors.range });

export const stateError = (state: SeparableState) => checks.firstError(state);

export function parseSeparableState(raw: unknown): { ok: true; value: Partial<SeparableState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  return checks.parseFields(raw);
}

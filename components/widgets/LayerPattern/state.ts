/** LayerPattern's shareable state and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import type { PatternState } from './expand';
import { S } from './strings';

export type NumericField = Exclude<keyof PatternState, 'pool'>;

export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  n: [1, 3],
  m: [1, 4],
  k: [0, 2],
  side: [1, 512],
  channels: [1, 16],
  base: [1, 512],
  fcUnits: [1, 8192],
};

export const DEFAULT_STATE: PatternState = { n: 2, m: 3, pool: true, k: 1, side: 32, channels: 3, base: 16, fcUnits: 256 };

const checks = numericFields(LIMITS, (f) => S.fields[f], { ...S.errors, outOfRange: S.errors.range });

export const fieldError = checks.fieldError;

export const stateError = (state: PatternState) => checks.firstError(state);

export function parsePatternState(raw: unknown): { ok: true; value: Partial<PatternState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const record = raw;
  const numbers = checks.parseFields(record);
  if (!numbers.ok) return numbers;
  const value: Partial<PatternState> = { ...numbers.value };
  if ('pool' in record) {
    if (typeof record.pool !== 'boolean') return { ok: false, error: S.errors.poolNotBoolean };
    value.pool = record.pool;
  }
  return { ok: true, value };
}

/** LayerPattern's shareable state and the validation of a shared link. No React. */
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

export function fieldError(field: NumericField, v: number): string | null {
  const [min, max] = LIMITS[field];
  const label = S.fields[field];
  if (!Number.isFinite(v)) return S.errors.missing(label);
  if (!Number.isInteger(v)) return S.errors.notWhole(label, v);
  if (v < min || v > max) return S.errors.range(label, min, max, v);
  return null;
}

export function stateError(state: PatternState): { field: NumericField; error: string } | null {
  for (const field of Object.keys(LIMITS) as NumericField[]) {
    const error = fieldError(field, state[field]);
    if (error) return { field, error };
  }
  return null;
}

export function parsePatternState(raw: unknown): { ok: true; value: Partial<PatternState> } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: S.errors.notObject };
  const record = raw as Record<string, unknown>;
  const value: Partial<PatternState> = {};
  for (const field of Object.keys(LIMITS) as NumericField[]) {
    if (!(field in record)) continue;
    const v = record[field];
    const error = typeof v === 'number' ? fieldError(field, v) : S.errors.missing(S.fields[field]);
    if (error) return { ok: false, error };
    value[field] = v as number;
  }
  if ('pool' in record) {
    if (typeof record.pool !== 'boolean') return { ok: false, error: S.errors.poolNotBoolean };
    value.pool = record.pool;
  }
  return { ok: true, value };
}

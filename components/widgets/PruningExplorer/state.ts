/** PruningExplorer's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

export interface PruningState {
  /** Percent of kernel weights set to zero, 0 … 99. */
  sparsity: number;
  /** Batches of fine-tuning after pruning. */
  batches: number;
  seed: number;
}

export const LIMITS = { sparsity: [0, 99], batches: [1, 200], seed: [1, 9999] } as const;
export const DEFAULT_STATE: PruningState = { sparsity: 90, batches: 50, seed: 1 };

export function fieldError(field: keyof PruningState, v: number): string | null {
  const [min, max] = LIMITS[field];
  if (!Number.isInteger(v) || v < min || v > max) return S.errors.range(S.fields[field], min, max);
  return null;
}

export function parsePruningState(raw: unknown): { ok: true; value: Partial<PruningState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<PruningState> = {};
  for (const field of Object.keys(LIMITS) as (keyof PruningState)[]) {
    if (!(field in raw)) continue;
    const v = raw[field];
    const error = typeof v === 'number' ? fieldError(field, v) : S.errors.range(S.fields[field], LIMITS[field][0], LIMITS[field][1]);
    if (error) return { ok: false, error };
    value[field] = v as number;
  }
  return { ok: true, value };
}

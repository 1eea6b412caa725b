/** MultiTaskTrainer's shareable state. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

export interface MultiTaskState {
  lambda: number;
  seed: number;
}

export const LIMITS = { lambda: [0, 1, 0.05], seed: [1, 9999, 1] } as const;
export const DEFAULT_STATE: MultiTaskState = { lambda: 0.5, seed: 1 };
export const TRAIN_STEPS = 300;
export const BATCH = 32;
export const EVAL_EVERY = 25;
export const EVAL_COUNT = 500;

const LABELS = { lambda: S.lambda, seed: S.seed };

export function fieldError(field: keyof MultiTaskState, v: unknown): string | null {
  const [lo, hi, step] = LIMITS[field];
  const ok = typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi && (step !== 1 || Number.isInteger(v));
  return ok ? null : S.errors.range(LABELS[field], lo, hi, v);
}

export function parseMultiTaskState(raw: unknown): { ok: true; value: Partial<MultiTaskState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<MultiTaskState> = {};
  for (const field of ['lambda', 'seed'] as const) {
    if (!(field in raw)) continue;
    const e = fieldError(field, raw[field]);
    if (e) return { ok: false, error: e };
    value[field] = raw[field] as number;
  }
  return { ok: true, value };
}

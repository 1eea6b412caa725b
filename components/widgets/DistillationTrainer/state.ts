/** DistillationTrainer's shareable state, the student, and the validation of a shared link. No React. */
import type { NetworkSpec } from '@/lib/compute/training/spec';
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

/** The student: one conv layer of 4 filters and a linear classifier, about 50 times smaller than the teacher. */
export const STUDENT: NetworkSpec = {
  input: [28, 28, 1],
  layers: [
    { type: 'conv', filters: 4, kernel: 3 },
    { type: 'activation', fn: 'relu' },
    { type: 'pool', mode: 'max', size: 4 },
    { type: 'flatten' },
    { type: 'dense', units: 10 },
  ],
};
export const STEPS = 300;
export const BATCH = 32;
export const EVAL_EVERY = 25;
export const LEARNING_RATE = 0.005;

export interface DistillationState {
  temperature: number;
  alpha: number;
  /** Labelled training images per class the students see. */
  perClass: number;
  seed: number;
  /** The test image whose soft targets are shown, from 0. */
  image: number;
}

export const LIMITS = { temperature: [1, 20], alpha: [0, 1], perClass: [4, 600], seed: [1, 9999], image: [0, 999] } as const;
export const DEFAULT_STATE: DistillationState = { temperature: 4, alpha: 0.9, perClass: 10, seed: 1, image: 0 };

const whole = new Set(['perClass', 'seed', 'image']);

export function fieldError(field: keyof DistillationState, v: number): string | null {
  const [min, max] = LIMITS[field];
  if (!Number.isFinite(v) || v < min || v > max || (whole.has(field) && !Number.isInteger(v))) return S.errors.range(S.fields[field], min, max, whole.has(field));
  return null;
}

export function parseDistillationState(raw: unknown): { ok: true; value: Partial<DistillationState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<DistillationState> = {};
  for (const field of Object.keys(LIMITS) as (keyof DistillationState)[]) {
    if (!(field in raw)) continue;
    const v = raw[field];
    const error = typeof v === 'number' ? fieldError(field, v) : S.errors.range(S.fields[field], LIMITS[field][0], LIMITS[field][1], whole.has(field));
    if (error) return { ok: false, error };
    value[field] = v as number;
  }
  return { ok: true, value };
}

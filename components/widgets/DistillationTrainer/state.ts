/** DistillationTrainer's state, declared once (it reads MDX props, shared links and sync messages), and the student. No React. */
import type { NetworkSpec } from '@/lib/compute/training/spec';
import { defineSchema, int, num, type Issue, type StateOf } from '@/lib/store/schema';

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

export const schema = defineSchema({
  temperature: num(1, 20, 4),
  alpha: num(0, 1, 0.9),
  /** Labelled training images per class the students see. */
  perClass: int(4, 600, 10),
  seed: int(1, 9999, 1),
  /** The test image whose soft targets are shown, from 0. */
  image: int(0, 999, 0),
});

export type DistillationState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

/** Why a value the reader set cannot be used (empty, a fraction, out of range), or null. */
export function fieldIssue(field: keyof DistillationState, v: number): Issue | null {
  const r = schema.fields[field].read(v, false);
  return r.ok ? null : { field, ...r.issue };
}

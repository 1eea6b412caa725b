/** MultiTaskTrainer's state, declared once: MDX props, shared links and sync messages. No React. */
import { defineSchema, int, num, type StateOf } from '@/lib/store/schema';

export const schema = defineSchema({
  lambda: num(0, 1, 0.5),
  seed: int(1, 9999, 1),
});

export type MultiTaskState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;
/** The λ slider's step. */
export const LAMBDA_STEP = 0.05;
export const TRAIN_STEPS = 300;
export const BATCH = 32;
export const EVAL_EVERY = 25;
export const EVAL_COUNT = 500;

/** The seed as typed, if the reader left it unusable (empty, a fraction, out of range). */
export function seedIssue(state: MultiTaskState) {
  const r = schema.fields.seed.read(state.seed, false);
  return r.ok ? null : { field: 'seed', ...r.issue };
}

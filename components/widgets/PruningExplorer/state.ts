/** PruningExplorer's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type Issue, type StateOf } from '@/lib/store/schema';

export const schema = defineSchema({
  /** Percent of kernel weights set to zero, 0 … 99. */
  sparsity: int(0, 99, 90),
  /** Batches of fine-tuning after pruning. */
  batches: int(1, 200, 50),
  seed: int(1, 9999, 1),
});

export type PruningState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

/** Why a value the reader typed cannot be used (empty, a fraction, out of range), or null. */
export function fieldIssue(field: keyof PruningState, v: number): Issue | null {
  const r = schema.fields[field].read(v, false);
  return r.ok ? null : { field, ...r.issue };
}

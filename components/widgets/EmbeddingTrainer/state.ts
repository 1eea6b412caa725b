/** EmbeddingTrainer's state, declared once: MDX props, shared links and sync messages. No React. */
import { defineSchema, int, num, oneOf, type Issue, type StateOf } from '@/lib/store/schema';

export const LOSSES = ['contrastive', 'triplet', 'quadruplet'] as const;
export const METRICS = ['euclidean', 'cosine'] as const;
export const MINING = ['random', 'semiHard', 'hard'] as const;
export type LossKind = (typeof LOSSES)[number];
export type MetricKind = (typeof METRICS)[number];
export type MiningKind = (typeof MINING)[number];

/** 300 display images: 30 of each class. */
export const DISPLAY_PER_CLASS = 30;
export const DISPLAY_COUNT = DISPLAY_PER_CLASS * 10;
/** The margin sliders' step. */
export const MARGIN_STEP = 0.1;

export const schema = defineSchema({
  loss: oneOf(LOSSES, 'triplet'),
  metric: oneOf(METRICS, 'euclidean'),
  mining: oneOf(MINING, 'semiHard'),
  margin: num(0.1, 2, 1),
  margin2: num(0.1, 2, 0.5),
  seed: int(1, 9999, 1),
  /** The selected image of the display set (retrieval query). */
  query: int(0, DISPLAY_COUNT - 1, 0),
});

export type EmbeddingState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

/** A numeric setting the reader left unusable (the seed typed empty, a fraction, out of range). */
export function fieldIssue(field: 'margin' | 'margin2' | 'seed', v: unknown): Issue | null {
  const r = schema.fields[field].read(v, false);
  return r.ok ? null : { field, ...r.issue };
}

/**
 * Settings that cannot train as asked (null when fine). Not a link check: the reader can reach
 * this with the sliders, so a link may carry it too; the widget explains it instead of training.
 */
export function combinationError(s: EmbeddingState): Issue | null {
  if (s.loss === 'quadruplet' && s.margin2 >= s.margin) return { field: 'margin2', code: 'invalid', detail: 'margin-order' };
  return null;
}

/** ActivationExplorer's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { MAXOUT_PRESET_NAMES } from '@/lib/activations/maxout';
import { defineSchema, num, oneOf, type StateOf } from '@/lib/store/schema';
import { CURVE_NAMES, X_MAX, X_MIN } from './model';

/** Slider limits for the two parameters: [min, max, step]. */
export const SLOPE_RANGE = [0, 0.5, 0.01] as const;
export const ALPHA_RANGE = [0.1, 2, 0.1] as const;

export const schema = defineSchema({
  fn: oneOf(CURVE_NAMES, 'sigmoid'),
  /** Where the reader's point sits. */
  x: num(X_MIN, X_MAX, 1.5),
  /** Leaky ReLU's slope below 0. */
  negativeSlope: num(SLOPE_RANGE[0], SLOPE_RANGE[1], 0.01),
  /** ELU's α. */
  alpha: num(ALPHA_RANGE[0], ALPHA_RANGE[1], 1),
  maxout: oneOf(MAXOUT_PRESET_NAMES, 'abs'),
});

export type ExplorerState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE: ExplorerState = schema.defaults;

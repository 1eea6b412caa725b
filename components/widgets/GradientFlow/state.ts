/** GradientFlow's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { bool, defineSchema, int, num, oneOf, type Issue, type StateOf } from '@/lib/store/schema';

export const ARCHITECTURES = ['plain', 'residual'] as const;
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export const TRAIN_DEPTHS = [10, 20, 30] as const;
export type Architecture = (typeof ARCHITECTURES)[number];
export type FlowActivationName = (typeof ACTIVATIONS)[number];
export type TrainDepth = (typeof TRAIN_DEPTHS)[number];

export const schema = defineSchema({
  depth: int(1, 100, 50),
  architecture: oneOf(ARCHITECTURES, 'plain'),
  activation: oneOf(ACTIVATIONS, 'sigmoid'),
  batchNorm: bool(false),
  initScale: num(0.25, 4, 1),
  seed: int(1, 9999, 1),
  /** The block the reader points at (1 … depth); clamped to the depth by the view. */
  block: int(1, 100, 1),
  trainDepth: oneOf(TRAIN_DEPTHS, 20),
});

export type GradientFlowState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

/** The sliders' step; the schema takes any scale in range. */
export const INIT_SCALE_STEP = 0.25;

type NumericField = 'depth' | 'initScale' | 'seed' | 'block';

/** What is wrong with a number the reader typed, as an issue code; null when it can be used. */
export function fieldIssue(field: NumericField, v: number): Issue | null {
  const r = schema.fields[field].read(v, false);
  return r.ok ? null : { field, ...r.issue };
}

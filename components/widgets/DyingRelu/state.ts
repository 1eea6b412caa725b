/** DyingRelu's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, num, oneOf, type StateOf } from '@/lib/store/schema';
import { MAX_STEPS, UNITS } from './model';

export const SLOPES = [0.01, 0.1, 0.3] as const;
export type LeakySlope = (typeof SLOPES)[number];
export const KICKS = ['step', 'shift'] as const;
export type KickKind = (typeof KICKS)[number];
export const VIEWS = ['relu', 'leaky'] as const;
export type View = (typeof VIEWS)[number];

export const schema = defineSchema({
  /** Seed of the data and the weights; the reader types it, so the view also checks it (seedIssue). */
  seed: int(1, 9999, 16),
  kick: oneOf(KICKS, 'step'),
  /** Learning rate of the one large step. */
  rate: num(0.1, 5, 3),
  /** Added to every bias. */
  shift: num(-5, 1, -3),
  slope: oneOf(SLOPES, 0.1),
  /** Training steps after the disturbance. */
  steps: int(0, MAX_STEPS, 500),
  /** Whose units the grid shows. */
  view: oneOf(VIEWS, 'relu'),
  /** The unit the reader points at. */
  unit: int(0, UNITS - 1, 0),
});

export type DyingReluState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE: DyingReluState = schema.defaults;

/** Each slider's step (its limits are the schema's). */
export const STEPS = { rate: 0.1, shift: 0.1, steps: 5 } as const;

/** What is wrong with the typed seed, as the schema words it; null when it can be used. */
export function seedIssue(seed: number) {
  const r = schema.fields.seed.read(seed, false);
  return r.ok ? null : { field: 'seed', ...r.issue };
}

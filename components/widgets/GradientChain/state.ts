/** GradientChain's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, num, type StateOf } from '@/lib/store/schema';

export const schema = defineSchema({
  depth: int(1, 30, 10),
  x0: num(-3, 3, 1),
  weight: num(0.25, 4, 1),
});

export type ChainState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE: ChainState = schema.defaults;

/** Each slider's step (its limits are the schema's). */
export const STEPS: Record<keyof ChainState, number> = { depth: 1, x0: 0.1, weight: 0.25 };

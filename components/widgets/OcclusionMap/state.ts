/** OcclusionMap's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type StateOf } from '@/lib/store/schema';

export const schema = defineSchema({
  /** Index in the 1,000 test images. */
  image: int(0, 999, 0),
  /** Side of the grey square, in pixels. */
  size: int(1, 14, 6),
  /** Pixels the square moves between positions. */
  stride: int(1, 7, 2),
});

export type OcclusionState = StateOf<typeof schema.fields>;

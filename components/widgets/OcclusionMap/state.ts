/** OcclusionMap's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';

export const FILLS = ['grey', 'black'] as const;
/** The square's grey level for each choice, in the image's 0–1 range (black is the background). */
export const FILL_LEVEL: Record<(typeof FILLS)[number], number> = { grey: 0.5, black: 0 };

export const schema = defineSchema({
  /** Index in the 1,000 test images. */
  image: int(0, 999, 0),
  /** Side of the grey square, in pixels. */
  size: int(1, 14, 6),
  /** Pixels the square moves between positions. */
  stride: int(1, 7, 2),
  /** Grey, as ZFNet used on photographs, or black, Fashion-MNIST's background. */
  fill: oneOf(FILLS, 'grey'),
});

export type OcclusionState = StateOf<typeof schema.fields>;

/** The standalone im2col view's state (padding, stride, chosen column), declared once. No React. */
import { defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';

export const PADDINGS = [0, 1] as const;
export const STRIDES = [1, 2] as const;

export const schema = defineSchema(
  {
    padding: oneOf(PADDINGS, 0),
    stride: oneOf(STRIDES, 1),
    /** Selected column (window), clamped when drawn. */
    column: int(0, 10_000, 0),
  },
);

export type Im2colState = StateOf<typeof schema.fields>;
export const DEFAULT_IM2COL = schema.defaults;

/** The standalone demo's kernel: 3×3, columns 1, 0, −1. */
export const DEMO_KERNEL = [1, 0, -1, 1, 0, -1, 1, 0, -1];

/** ClassifierHeads' state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type StateOf } from '@/lib/store/schema';
import { firstBadNumber } from '@/components/widgets/shared/firstBadNumber';

/** VGG-16 on a 224 × 224 image: 7 × 7 × 512 maps into 4096 hidden units, 1000 classes. */
export const schema = defineSchema({
  h: int(1, 64, 7),
  w: int(1, 64, 7),
  c: int(1, 4096, 512),
  hidden: int(1, 16_384, 4096),
  classes: int(1, 100_000, 1000),
});

export type HeadsState = StateOf<typeof schema.fields>;
export type NumericField = keyof HeadsState;
export const DEFAULT_STATE = schema.defaults;

/** The first number the reader typed wrong (empty, a fraction, out of range), as an issue code. */
export const stateError = (state: HeadsState) => firstBadNumber(schema, Object.keys(schema.fields) as NumericField[], state);

/** FcAsConv's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type StateOf } from '@/lib/store/schema';
import { firstBadNumber } from '@/components/widgets/shared/firstBadNumber';

/** Any whole number from 0: the view clamps a selection to what the layer has. */
const index = () => int(0, Number.MAX_SAFE_INTEGER, 0);

export const schema = defineSchema({
  /** The input size the fully connected layer expects (and the convolution's kernel size). */
  c: int(1, 4, 2),
  h: int(1, 5, 3),
  w: int(1, 5, 3),
  outputs: int(1, 8, 4),
  /** How many rows and columns the image has beyond h × w (0: exactly the layer's input). */
  extra: int(0, 3, 0),
  seed: int(0, 9999, 1),
  /** Selected output unit and window position (raster order). */
  unit: index(),
  pos: index(),
});

export type FcAsConvState = StateOf<typeof schema.fields>;
export type NumericField = 'c' | 'h' | 'w' | 'outputs' | 'extra' | 'seed';
export const FIELDS: NumericField[] = ['c', 'h', 'w', 'outputs', 'extra', 'seed'];
export const DEFAULT_STATE = schema.defaults;

/** The first number the reader typed wrong (empty, a fraction, out of range), as an issue code. */
export const stateError = (state: FcAsConvState) => firstBadNumber(schema, FIELDS, state);

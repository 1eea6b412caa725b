/** PointwiseConv's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type StateOf } from '@/lib/store/schema';
import { firstBadNumber } from '@/components/widgets/shared/firstBadNumber';

export const schema = defineSchema({
  c: int(1, 6, 3),
  h: int(1, 8, 4),
  w: int(1, 8, 4),
  outputs: int(1, 6, 2),
  seed: int(0, 9999, 5),
  /** The selected pixel, raster order: any whole number from 0, clamped by the view. */
  pixel: int(0, Number.MAX_SAFE_INTEGER, 0),
});

export type PointwiseState = StateOf<typeof schema.fields>;
export type NumericField = 'c' | 'h' | 'w' | 'outputs' | 'seed';
export const FIELDS: NumericField[] = ['c', 'h', 'w', 'outputs', 'seed'];
export const DEFAULT_STATE = schema.defaults;

/** The first number the reader typed wrong (empty, a fraction, out of range), as an issue code. */
export const stateError = (state: PointwiseState) => firstBadNumber(schema, FIELDS, state);

/** DepthwiseSeparableCost's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type StateOf } from '@/lib/store/schema';
import { firstBadNumber } from '@/components/widgets/shared/firstBadNumber';

/** MobileNet v1's block 7 (14 × 14, 512 → 512) with MobileNet v2's usual t = 6. */
export const schema = defineSchema({
  df: int(1, 512, 14),
  m: int(1, 4096, 512),
  n: int(1, 4096, 512),
  dk: int(1, 11, 3),
  t: int(1, 10, 6),
});

export type SeparableState = StateOf<typeof schema.fields>;
export type Field = keyof SeparableState;
export const FIELDS: Field[] = ['df', 'm', 'n', 'dk', 't'];
export const DEFAULT_STATE = schema.defaults;

/** The first number the reader typed wrong (empty, a fraction, out of range), as an issue code. */
export const stateError = (state: SeparableState) => firstBadNumber(schema, FIELDS, state);

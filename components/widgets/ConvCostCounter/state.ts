/** ConvCostCounter's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { bool, defineSchema, int, type StateOf } from '@/lib/store/schema';
import { firstBadNumber } from '@/components/widgets/shared/firstBadNumber';

/** AlexNet's first layer. The bounds keep every count meaningful; typing past them shows a message, not a number. */
export const schema = defineSchema({
  inH: int(1, 4096, 227),
  inW: int(1, 4096, 227),
  cin: int(1, 4096, 3),
  cout: int(1, 4096, 96),
  /** Square kernel: k_h = k_w = kernel. */
  kernel: int(1, 4096, 11),
  stride: int(1, 4096, 4),
  padding: int(0, 4096, 0),
  bias: bool(true),
});

export type ConvCostState = StateOf<typeof schema.fields>;
export type NumericField = Exclude<keyof ConvCostState, 'bias'>;
export const DEFAULT_STATE = schema.defaults;

const NUMERIC: NumericField[] = ['inH', 'inW', 'cin', 'cout', 'kernel', 'stride', 'padding'];

/** The first number the reader typed wrong (empty, a fraction, out of range), as an issue code. */
export const stateError = (state: ConvCostState) => firstBadNumber(schema, NUMERIC, state);

/** QuantisationExplorer's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { BITS, type Granularity } from '@/lib/compression/quantise';
import { defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';

export const GRANULARITIES = ['tensor', 'channel'] as const satisfies readonly Granularity[];
/** Layers and channels are checked against the model once it is loaded; a link may ask for up to this. */
const MAX_INDEX = 4096;

export const schema = defineSchema({
  bits: oneOf(BITS, 4),
  granularity: oneOf(GRANULARITIES, 'tensor'),
  /** Which kernel the histogram shows, from 0: the hidden dense layer (third kernel) by default, it holds 95 % of the weights. */
  layer: int(0, MAX_INDEX, 2),
  /** Which output channel the per-channel histogram shows, from 0. */
  channel: int(0, MAX_INDEX, 0),
});

export type QuantisationState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

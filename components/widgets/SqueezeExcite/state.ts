/** SqueezeExcite's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { custom, defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';
import { CHANNELS, TEST_IMAGES } from '@/components/widgets/shared/attention/limits';

export { CHANNELS, TEST_IMAGES };
export const MODES = ['soft', 'off', 'hard'] as const;
export const HEAT_MODES = ['difference', 'absolute'] as const;
export type ChannelModeName = (typeof MODES)[number];
export type HeatMode = (typeof HEAT_MODES)[number];

/** One entry per channel: null keeps the block's weight, else a weight from 0 to 1. */
const isWeight = (w: unknown) => w === null || (typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= 1);
const overrides = custom<(number | null)[]>(new Array<null>(CHANNELS).fill(null), (v) => {
  // Array.from fills a sparse array's holes with undefined, which then fails the check.
  const entries = Array.isArray(v) && v.length === CHANNELS ? Array.from(v as unknown[]) : null;
  // −0 becomes 0: a link carries JSON, where the two are one number.
  return entries && entries.every(isWeight) ? { value: (entries as (number | null)[]).map((w) => (w === null ? null : w + 0)) } : { reason: 'overrides' };
});

export const schema = defineSchema({
  /** Index in the 1,000 test images. */
  image: int(0, TEST_IMAGES - 1, 0),
  channel: int(0, CHANNELS - 1, 0),
  mode: oneOf(MODES, 'soft'),
  k: int(1, CHANNELS, 4),
  overrides,
  heat: oneOf(HEAT_MODES, 'difference'),
});

export type SqueezeExciteState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

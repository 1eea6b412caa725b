/** SqueezeExcite's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { custom, defineSchema, int, list, oneOf, type StateOf } from '@/lib/store/schema';
import { CHANNELS, TEST_IMAGES } from '@/components/widgets/shared/attention/limits';

export { CHANNELS, TEST_IMAGES };
export const MODES = ['soft', 'off', 'hard'] as const;
export const HEAT_MODES = ['difference', 'absolute'] as const;
export type ChannelModeName = (typeof MODES)[number];
export type HeatMode = (typeof HEAT_MODES)[number];

/** One channel's override: null keeps the block's weight, else a weight from 0 to 1. */
const override = custom<number | null>(null, (v) =>
  v === null ? { value: null } : typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? { value: v } : { reason: 'weight' },
);

// JSON has no −0: a −0 read from a prop or a message would come back from a link as 0.
const noNegativeZero = (v: number) => v + 0;

export const schema = defineSchema(
  {
    /** Index in the 1,000 test images. */
    image: int(0, TEST_IMAGES - 1, 0),
    channel: int(0, CHANNELS - 1, 0),
    mode: oneOf(MODES, 'soft'),
    k: int(1, CHANNELS, 4),
    /** One entry per channel: null keeps the block's weight. */
    overrides: list(override, [CHANNELS], new Array<null>(CHANNELS).fill(null)),
    heat: oneOf(HEAT_MODES, 'difference'),
  },
  {
    normalize: (s) => ({ ...s, image: noNegativeZero(s.image), channel: noNegativeZero(s.channel), overrides: s.overrides.map((w) => (w === null ? null : noNegativeZero(w))) }),
  },
);

export type SqueezeExciteState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

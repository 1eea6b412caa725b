/** AttentionMasks' state, declared once: it reads MDX props, shared links and sync messages. No React. */
import type { SpatialMode } from '@/lib/compute/attentionInspect';
import { custom, defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';
import { CHANNELS, TEST_IMAGES } from '@/components/widgets/shared/attention/limits';

export const SPATIAL_MODES = ['residual', 'mask', 'off', 'hard'] as const satisfies readonly SpatialMode[];

/**
 * The share of positions the hard mask keeps, in twentieths from 0.05 to 1 (the slider's steps).
 * Props may write it as text; a value a hair off a twentieth (0.15000000001) is read as that twentieth.
 */
const twentieths = custom<number>(0.25, (v, coerce) => {
  const n = typeof v === 'number' ? v : coerce && typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  const steps = Math.round(n * 20);
  return Number.isFinite(n) && steps >= 1 && steps <= 20 && Math.abs(n * 20 - steps) < 1e-9 ? { value: steps / 20 } : { reason: 'twentieths' };
});

export const schema = defineSchema({
  image: int(0, TEST_IMAGES - 1, 0),
  /** −1 shows the sum over channels; 0 … 15 one channel. */
  view: int(-1, CHANNELS - 1, -1),
  mode: oneOf(SPATIAL_MODES, 'residual'),
  fraction: twentieths,
  /** How many modules the gradient arithmetic stacks. */
  stack: int(1, 50, 10),
});

export type AttentionMasksState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

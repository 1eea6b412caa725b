/** SigmoidSaturation's state, declared once: it reads shared links and sync messages. No React. */
import { INPUT_MODES } from '@/lib/preprocessing/saturation';
import { defineSchema, num, oneOf, type StateOf } from '@/lib/store/schema';

export const PATCHES = [1, 3, 5, 8, 16] as const;
/** The weight scale is set on a log axis: σw = 10^logW. */
export const LOG_W = { min: -4, max: 0, step: 0.05 } as const;

export const schema = defineSchema({
  mode: oneOf(INPUT_MODES, 'raw'),
  k: oneOf(PATCHES, 5),
  logW: num(LOG_W.min, LOG_W.max, -2),
});

export type SaturationState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE: SaturationState = schema.defaults;

export const weightStd = (s: SaturationState) => 10 ** s.logW;

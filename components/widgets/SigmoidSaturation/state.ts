/** SigmoidSaturation's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { INPUT_MODES, type InputMode } from '@/lib/preprocessing/saturation';
import { S } from './strings';

export const PATCHES = [1, 3, 5, 8, 16] as const;
/** The weight scale is set on a log axis: σw = 10^logW. */
export const LOG_W = { min: -4, max: 0, step: 0.05 } as const;

export interface SaturationState {
  mode: InputMode;
  k: (typeof PATCHES)[number];
  logW: number;
}

export const DEFAULT_STATE: SaturationState = { mode: 'raw', k: 5, logW: -2 };

export const weightStd = (s: SaturationState) => 10 ** s.logW;

export function parseSaturationState(raw: unknown): { ok: true; value: Partial<SaturationState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<SaturationState> = {};
  if ('mode' in raw) {
    if (!(INPUT_MODES as readonly unknown[]).includes(raw.mode)) return { ok: false, error: S.errors.oneOf('mode', INPUT_MODES, raw.mode) };
    value.mode = raw.mode as InputMode;
  }
  if ('k' in raw) {
    if (!(PATCHES as readonly unknown[]).includes(raw.k)) return { ok: false, error: S.errors.oneOf('k', PATCHES, raw.k) };
    value.k = raw.k as SaturationState['k'];
  }
  if ('logW' in raw) {
    const v = raw.logW;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < LOG_W.min || v > LOG_W.max) return { ok: false, error: S.errors.range('logW', LOG_W.min, LOG_W.max, v) };
    value.logW = v;
  }
  return { ok: true, value };
}

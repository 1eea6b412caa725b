/** AttentionMasks' shareable state and the validation of a shared link. No React. */
import type { SpatialMode } from '@/lib/compute/attentionInspect';
import { isPlainObject } from '@/lib/store/numericFields';
import { CHANNELS, TEST_IMAGES, isWhole } from '../SqueezeExcite/state';
import { S } from './strings';

export const SPATIAL_MODES = ['residual', 'mask', 'off', 'hard'] as const satisfies readonly SpatialMode[];

export interface AttentionMasksState {
  image: number;
  /** −1 shows the sum over channels; 0 … 15 one channel. */
  view: number;
  mode: SpatialMode;
  /** Share of positions the hard mask keeps, in twentieths. */
  fraction: number;
  /** How many modules the gradient arithmetic stacks. */
  stack: number;
}

export const LIMITS = { image: [0, TEST_IMAGES - 1], view: [-1, CHANNELS - 1], stack: [1, 50] } as const;

export const DEFAULT_STATE: AttentionMasksState = { image: 0, view: -1, mode: 'residual', fraction: 0.25, stack: 10 };

export const validFraction = (v: unknown): v is number => typeof v === 'number' && isWhole(Math.round(v * 20), 1, 20) && Math.abs(v * 20 - Math.round(v * 20)) < 1e-9;

export function parseAttentionMasksState(raw: unknown): { ok: true; value: Partial<AttentionMasksState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<AttentionMasksState> = {};
  for (const f of ['image', 'view', 'stack'] as const) {
    if (!(f in raw)) continue;
    const [lo, hi] = LIMITS[f];
    if (!isWhole(raw[f], lo, hi)) return { ok: false, error: S.errors.range(f, lo, hi) };
    value[f] = raw[f];
  }
  if ('mode' in raw) {
    if (!(SPATIAL_MODES as readonly unknown[]).includes(raw.mode)) return { ok: false, error: S.errors.choice('mode', String(raw.mode)) };
    value.mode = raw.mode as SpatialMode;
  }
  if ('fraction' in raw) {
    if (!validFraction(raw.fraction)) return { ok: false, error: S.errors.fraction };
    value.fraction = raw.fraction;
  }
  return { ok: true, value };
}

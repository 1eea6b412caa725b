/** SqueezeExcite's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

export const CHANNELS = 16;
export const TEST_IMAGES = 1000;
export const MODES = ['soft', 'off', 'hard'] as const;
export const HEAT_MODES = ['difference', 'absolute'] as const;
export type ChannelModeName = (typeof MODES)[number];
export type HeatMode = (typeof HEAT_MODES)[number];

export interface SqueezeExciteState {
  /** Index in the 1,000 test images. */
  image: number;
  channel: number;
  mode: ChannelModeName;
  k: number;
  /** One entry per channel: null keeps the block's weight. */
  overrides: (number | null)[];
  heat: HeatMode;
}

export const LIMITS = { image: [0, TEST_IMAGES - 1], channel: [0, CHANNELS - 1], k: [1, CHANNELS] } as const;

export const DEFAULT_STATE: SqueezeExciteState = {
  image: 0, channel: 0, mode: 'soft', k: 4, overrides: new Array<null>(CHANNELS).fill(null), heat: 'difference',
};

export const isWhole = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

export function parseOverrides(v: unknown): (number | null)[] | null {
  if (!Array.isArray(v) || v.length !== CHANNELS) return null;
  if (!v.every((w) => w === null || (typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= 1))) return null;
  return v as (number | null)[];
}

export function parseSqueezeExciteState(raw: unknown): { ok: true; value: Partial<SqueezeExciteState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<SqueezeExciteState> = {};
  for (const f of ['image', 'channel', 'k'] as const) {
    if (!(f in raw)) continue;
    const [lo, hi] = LIMITS[f];
    if (!isWhole(raw[f], lo, hi)) return { ok: false, error: S.errors.range(f, lo, hi) };
    value[f] = raw[f];
  }
  if ('mode' in raw) {
    if (!(MODES as readonly unknown[]).includes(raw.mode)) return { ok: false, error: S.errors.choice('mode', String(raw.mode)) };
    value.mode = raw.mode as ChannelModeName;
  }
  if ('heat' in raw) {
    if (!(HEAT_MODES as readonly unknown[]).includes(raw.heat)) return { ok: false, error: S.errors.choice('heat', String(raw.heat)) };
    value.heat = raw.heat as HeatMode;
  }
  if ('overrides' in raw) {
    const o = parseOverrides(raw.overrides);
    if (!o) return { ok: false, error: S.errors.overrides };
    value.overrides = o;
  }
  return { ok: true, value };
}

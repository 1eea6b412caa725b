/** QuantisationExplorer's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { BITS, type Bits, type Granularity } from '@/lib/compression/quantise';
import { S } from './strings';

export interface QuantisationState {
  bits: Bits;
  granularity: Granularity;
  /** Which kernel the histogram shows, from 0. */
  layer: number;
  /** Which output channel the per-channel histogram shows, from 0. */
  channel: number;
}

export const GRANULARITIES: Granularity[] = ['tensor', 'channel'];
/** The hidden dense layer (third kernel) by default: it holds 95 % of the weights. */
export const DEFAULT_STATE: QuantisationState = { bits: 4, granularity: 'tensor', layer: 2, channel: 0 };
/** Layers and channels are checked against the model once it is loaded; a link may ask for up to this. */
const MAX_INDEX = 4096;

export function parseQuantisationState(raw: unknown): { ok: true; value: Partial<QuantisationState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<QuantisationState> = {};
  if ('bits' in raw) {
    if (!(BITS as readonly unknown[]).includes(raw.bits)) return { ok: false, error: S.errors.bits(String(raw.bits)) };
    value.bits = raw.bits as Bits;
  }
  if ('granularity' in raw) {
    if (!(GRANULARITIES as unknown[]).includes(raw.granularity)) return { ok: false, error: S.errors.granularity(String(raw.granularity)) };
    value.granularity = raw.granularity as Granularity;
  }
  for (const f of ['layer', 'channel'] as const) {
    if (!(f in raw)) continue;
    const v = raw[f];
    if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INDEX)) return { ok: false, error: S.errors.index(f) };
    value[f] = v;
  }
  return { ok: true, value };
}

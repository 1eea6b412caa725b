/** MeanImageExplorer's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { IMAGE_SETS, type ImageSetName } from '@/lib/preprocessing/imageSet';
import { S } from './strings';

export const COUNTS = [4, 8, 16, 32] as const;
export const MAX_SEED = 1_000_000;

export interface MeanImageState {
  set: ImageSetName;
  count: (typeof COUNTS)[number];
  /** 0 … count − 1: a training image; count: the held-out image. Larger values show the held-out one. */
  image: number;
  seed: number;
}

export const DEFAULT_STATE: MeanImageState = { set: 'landscapes', count: 8, image: 0, seed: 1 };

/** The image actually shown: a link may name image 20 of a set of 8, which means the held-out one. */
export const shownImage = (s: MeanImageState) => Math.min(s.image, s.count);

export function parseMeanImageState(raw: unknown): { ok: true; value: Partial<MeanImageState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<MeanImageState> = {};
  if ('set' in raw) {
    if (!(IMAGE_SETS as readonly unknown[]).includes(raw.set)) return { ok: false, error: S.errors.oneOf('set', IMAGE_SETS, raw.set) };
    value.set = raw.set as ImageSetName;
  }
  if ('count' in raw) {
    if (!(COUNTS as readonly unknown[]).includes(raw.count)) return { ok: false, error: S.errors.oneOf('count', COUNTS, raw.count) };
    value.count = raw.count as MeanImageState['count'];
  }
  for (const [key, hi] of [['image', COUNTS[COUNTS.length - 1]], ['seed', MAX_SEED]] as const) {
    if (!(key in raw)) continue;
    const v = raw[key];
    const lo = key === 'seed' ? 1 : 0;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) return { ok: false, error: S.errors.int(key, lo, hi, v) };
    value[key] = v;
  }
  return { ok: true, value };
}

/** AugmentationGallery's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { AUGMENT_LIMITS, augmentSettingsError, type AugmentSettings } from '@/lib/compute/training/augment';
import { MAX_SEED } from '@/lib/random/prng';
import { S } from './strings';

export interface GalleryState extends AugmentSettings {
  /** Fashion-MNIST class 0–9. */
  cls: number;
  /** Which test image of that class, 0–99. */
  example: number;
  seed: number;
}

export const DEFAULT_GALLERY: GalleryState = { cls: 9, example: 0, seed: 1, flipH: true, flipV: false, rotation: 15, shift: 2, brightness: 0.1, contrast: 0.2, noise: 0.05 };

export const COPIES = 11;
export { AUGMENT_LIMITS };

export function galleryError(s: GalleryState): string | null {
  if (!(Number.isInteger(s.cls) && s.cls >= 0 && s.cls <= 9)) return S.errors.field('class', 'must be a whole number from 0 to 9.');
  if (!(Number.isInteger(s.example) && s.example >= 0 && s.example <= 99)) return S.errors.field('example', 'must be a whole number from 0 to 99.');
  if (!(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= MAX_SEED)) return S.errors.field('seed', `must be a whole number from 0 to ${MAX_SEED}.`);
  return augmentSettingsError(s);
}

export function parseGalleryState(raw: unknown): { ok: true; value: Partial<GalleryState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const merged = { ...DEFAULT_GALLERY } as GalleryState & Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_GALLERY) as (keyof GalleryState)[]) {
    if (!(key in raw)) continue;
    const v = raw[key];
    if (typeof v !== typeof DEFAULT_GALLERY[key]) return { ok: false, error: S.errors.field(key, 'has the wrong type.') };
    (merged as Record<string, unknown>)[key] = v;
  }
  const error = galleryError(merged);
  if (error) return { ok: false, error };
  const value = Object.fromEntries(Object.keys(DEFAULT_GALLERY).filter((k) => k in raw).map((k) => [k, merged[k]]));
  return { ok: true, value: value as Partial<GalleryState> };
}

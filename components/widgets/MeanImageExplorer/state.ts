/** MeanImageExplorer's state, declared once: it reads shared links and sync messages. No React. */
import { IMAGE_SETS } from '@/lib/preprocessing/imageSet';
import { defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';

export const COUNTS = [4, 8, 16, 32] as const;
export const MAX_SEED = 1_000_000;

export const schema = defineSchema({
  set: oneOf(IMAGE_SETS, 'landscapes'),
  count: oneOf(COUNTS, 8),
  /** 0 … count − 1: a training image; count: the held-out image. Larger values show the held-out one. */
  image: int(0, COUNTS[COUNTS.length - 1], 0),
  seed: int(1, MAX_SEED, 1),
});

export type MeanImageState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE: MeanImageState = schema.defaults;

/** The image actually shown: a link may name image 20 of a set of 8, which means the held-out one. */
export const shownImage = (s: MeanImageState) => Math.min(s.image, s.count);

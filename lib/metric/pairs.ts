/** How many pairs, triplets and quadruplets a labelled set holds: why pairs are imbalanced. */

/** n(n − 1)/2 unordered pairs of n images. */
export const pairCount = (n: number) => (n * (n - 1)) / 2;

export interface PairCounts {
  images: number;
  pairs: number;
  positive: number;
  negative: number;
  /** negative / positive. */
  imbalance: number;
  /** Triplets (anchor, positive, negative): ordered anchor–positive pairs × negatives of the anchor. */
  triplets: number;
}

/** Counts for `classes` classes of `perClass` images each. */
export function pairCounts(classes: number, perClass: number): PairCounts {
  const images = classes * perClass;
  const pairs = pairCount(images);
  const positive = classes * pairCount(perClass);
  const negative = pairs - positive;
  const triplets = images * (perClass - 1) * (images - perClass);
  return { images, pairs, positive, negative, imbalance: positive ? negative / positive : Infinity, triplets };
}

/**
 * The margin of the triplet loss on one triplet's distances, as the lesson writes it, and where a
 * negative falls relative to it (the zones negative mining picks from):
 *
 *   hard       d(a, n) ≤ d(a, p): the order is wrong;
 *   semiHard   d(a, p) < d(a, n) < d(a, p) + α: the order is right, but inside the margin;
 *   easy       d(a, n) ≥ d(a, p) + α: no loss, no gradient.
 */

/** L = max(0, d(a, p) − d(a, n) + α). */
export const tripletLoss = (dap: number, dan: number, margin: number) => Math.max(0, dap - dan + margin);

export type NegativeZone = 'hard' | 'semiHard' | 'easy';

export function negativeZone(dap: number, dan: number, margin: number): NegativeZone {
  if (dan <= dap) return 'hard';
  return dan < dap + margin ? 'semiHard' : 'easy';
}

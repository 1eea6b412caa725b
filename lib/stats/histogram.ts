/** The one binning rule every histogram of the course uses. Plain arithmetic. */

/**
 * Adds each value to one of `counts.length` equal bins over [lo, hi]; values outside land in the
 * end bins (a figure draws them as "≤ lo" and "≥ hi"), a value equal to hi in the last bin.
 */
export function addToBins<C extends number[] | Uint32Array>(counts: C, values: Iterable<number>, lo: number, hi: number): C {
  const bins = counts.length;
  const width = (hi - lo) / bins;
  for (const v of values) {
    const b = Math.floor((v - lo) / width);
    counts[Math.min(bins - 1, Math.max(0, b))]++;
  }
  return counts;
}

/** Counts of `bins` equal bins over [lo, hi], values outside clamped to the end bins. */
export const binCounts = (values: Iterable<number>, lo: number, hi: number, bins: number): number[] => addToBins(new Array<number>(bins).fill(0), values, lo, hi);

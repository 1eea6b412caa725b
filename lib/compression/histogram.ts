/** A histogram of weight values over a symmetric range, for the pruning and quantisation figures. */

export interface Histogram {
  /** Lower edge of the first bin and upper edge of the last. */
  lo: number;
  hi: number;
  counts: Uint32Array;
}

export function histogram(values: Iterable<Float32Array>, bins: number, range: number): Histogram {
  const counts = new Uint32Array(bins);
  const width = (2 * range) / bins;
  for (const t of values)
    for (const v of t) {
      const b = Math.floor((v + range) / width);
      counts[Math.max(0, Math.min(bins - 1, b))]++;
    }
  return { lo: -range, hi: range, counts };
}

/** max |w| over tensors. */
export function maxAbs(values: Iterable<Float32Array>): number {
  let m = 0;
  for (const t of values) for (const v of t) m = Math.max(m, Math.abs(v));
  return m;
}

/** A histogram of weight values over a symmetric range, for the pruning and quantisation figures. */
import { addToBins } from '@/lib/stats/histogram';

export interface Histogram {
  /** Lower edge of the first bin and upper edge of the last. */
  lo: number;
  hi: number;
  counts: Uint32Array;
}

export function histogram(values: Iterable<Float32Array>, bins: number, range: number): Histogram {
  const counts = new Uint32Array(bins);
  for (const t of values) addToBins(counts, t, -range, range);
  return { lo: -range, hi: range, counts };
}

/** max |w| over tensors. */
export function maxAbs(values: Iterable<Float32Array>): number {
  let m = 0;
  for (const t of values) for (const v of t) m = Math.max(m, Math.abs(v));
  return m;
}

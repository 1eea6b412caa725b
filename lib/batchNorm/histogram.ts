/** Histograms and summary numbers for drawing a batch of values. Plain arithmetic. */
import { binCounts } from '@/lib/stats/histogram';

export interface Histogram {
  lo: number;
  hi: number;
  /** Counts of equal-width bins from lo to hi; a value equal to hi goes in the last bin. */
  counts: number[];
}

/** A round step for about `target` intervals over `span` (1, 2 or 5 times a power of ten). */
export function niceStep(span: number, target = 6): number {
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** [lo, hi] widened to multiples of a round step; a zero-width range gets a width of 1. */
export function niceDomain(lo: number, hi: number): [number, number] {
  if (!(hi > lo)) [lo, hi] = [lo - 0.5, hi + 0.5];
  const step = niceStep(hi - lo);
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

export function histogram(values: readonly number[], lo: number, hi: number, bins: number): Histogram {
  return { lo, hi, counts: binCounts(values, lo, hi, bins) };
}

export interface Summary {
  mean: number;
  /** Population standard deviation: the root of the mean squared deviation. */
  sd: number;
  min: number;
  max: number;
}

export function summarise(values: readonly number[]): Summary {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / values.length;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  return { mean, sd: Math.sqrt(sq / values.length), min, max };
}

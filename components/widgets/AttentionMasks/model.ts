/** AttentionMasks' plain arithmetic. No React, no tfjs. */

/** The hard mask's share of positions in the test-accuracy column (and the lesson). */
export const SURVEY_FRACTION = 0.25;

export function range(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  return [lo, hi];
}

export const mean = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** The factor n stacked modules apply when each multiplies by `m` on average: m^n. */
export const stacked = (m: number, n: number) => m ** n;

/** A number for prose: fixed with 2 decimals between 0.01 and 1,000, else scientific with 2 digits. */
export function readable(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 0.01 && a < 1000 ? v.toFixed(2) : v.toExponential(1).replace('e', ' × 10^').replace('^+', '^');
}

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

/** A number for prose: fixed with 2 decimals from 0.01 up to a thousand, else m × 10ⁿ with 2 digits. */
export function readable(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 0.01 && a < 1000) return v.toFixed(2);
  const [m, e] = v.toExponential(1).split('e');
  const sup = String(Number(e)).replace(/./g, (ch) => SUPERSCRIPT[ch] ?? ch);
  return `${m} × 10${sup}`;
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

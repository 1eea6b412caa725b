/** Number formatting and the loss curve's range for CrossEntropyExplorer. No React, no tfjs. */

/** A probability or loss as a reader can compare them: fixed decimals, tiny values in powers of ten. */
export function formatValue(v: number, decimals = 3): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  if (a !== 0 && a < 10 ** -decimals) {
    const [m, e] = a.toExponential(1).split('e');
    return `${v < 0 ? '−' : ''}${m}×10${superscript(Number(e))}`;
  }
  if (a >= 1000) return minus(v.toFixed(1));
  return minus((v + 0).toFixed(decimals)); // + 0 turns −0 into 0
}

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const superscript = (n: number) => [...String(n)].map((c) => SUP[c]).join('');
const minus = (s: string) => (s.startsWith('-') && Number(s) !== 0 ? `−${s.slice(1)}` : s.replace(/^-/, ''));

/** A logit as typed, for prose and formulas: at most 3 decimals, no trailing zeros. */
export const formatLogit = (v: number) => minus(String(Number(v.toFixed(3))));

/**
 * The true logit's range on the curve: 8 either side of where the loss is log 2 (the log-sum-exp
 * of the other logits), widened to include the current value.
 */
export function curveRange(logits: readonly number[], target: number, current: number): [number, number] {
  const others = logits.filter((_, j) => j !== target);
  const m = Math.max(...others);
  const centre = m + Math.log(others.reduce((s, v) => s + Math.exp(v - m), 0));
  return [Math.floor(Math.min(centre - 8, current)), Math.ceil(Math.max(centre + 8, current))];
}

export function samples(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}

/** One step of the true logit under the keyboard, rounded to 0.1 so the field shows tidy values. */
export function stepLogit(v: number, key: string, shift: boolean): number | null {
  const step = shift ? 1 : 0.1;
  const moved = key === 'ArrowRight' || key === 'ArrowUp' ? v + step : key === 'ArrowLeft' || key === 'ArrowDown' ? v - step : null;
  return moved === null ? null : Math.round(moved * 10) / 10;
}

/** The same value in TeX, for the live formulas. */
export function texValue(v: number, decimals = 3): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const a = Math.abs(v);
  if (a !== 0 && a < 10 ** -decimals) {
    const [m, e] = v.toExponential(1).split('e');
    return `${m} \\times 10^{${Number(e)}}`;
  }
  if (a >= 1000) return v.toFixed(1);
  return (v + 0).toFixed(decimals);
}

/** A logit in TeX, in parentheses when negative (it follows a minus sign). */
export const texLogit = (v: number) => (v < 0 ? `(${formatLogit(v).replace('−', '-')})` : formatLogit(v));

/** Numbers as the course prints them: at most `digits` decimals, a real minus sign. */
export function fmt(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return String(v);
  let r = Number(v.toFixed(digits));
  if (Object.is(r, -0)) r = 0;
  const s = String(r);
  return s.startsWith('-') ? `\u2212${s.slice(1)}` : s;
}

/** A term inside a sum: negative numbers in parentheses, "1 + (−2)". */
export function fmtTerm(v: number, digits = 2): string {
  const s = fmt(v, digits);
  return s.startsWith('\u2212') ? `(${s})` : s;
}

/** Largest absolute value of a slice of an array; 0 for an empty slice. */
export function maxAbs(a: ArrayLike<number>, from = 0, to = a.length): number {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** Sums with more terms than this are summarised rather than written out (stepper and im2col alike). */
export const MAX_WRITTEN_TERMS = 9;

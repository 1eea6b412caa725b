/** GradientFlow's pure helpers: number formats, the flow diagram's geometry, keyboard moves. No React. */

/** A positive number in scientific notation when far from 1: 3.2e-12, 0.41, 1.9e+5. */
export function sci(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 0.01 && a < 1000) return v.toPrecision(digits).replace(/^-/, '\u2212');
  return v.toExponential(digits - 1).replace('e+', 'e').replace(/^-/, '\u2212').replace('e-', 'e\u2212');
}

/** The same number in TeX: 3.2 \times 10^{-12}. */
export function sciTex(v: number, digits = 2): string {
  if (!Number.isFinite(v) || v === 0) return String(v);
  const a = Math.abs(v);
  if (a >= 0.01 && a < 1000) return v.toPrecision(digits);
  const [m, e] = v.toExponential(digits - 1).split('e');
  return `${m} \\times 10^{${Number(e)}}`;
}

/** Stroke width for a gradient norm: 6 decades below the largest norm map to 0.6 px … `widest`. */
export function strokeFor(norm: number, maxNorm: number, widest = 9): number {
  if (!(norm > 0) || !(maxNorm > 0)) return 0.6;
  const t = (Math.log10(norm) - Math.log10(maxNorm) + 6) / 6;
  return 0.6 + (widest - 0.6) * Math.min(1, Math.max(0, t));
}

/** Arrow keys move the chosen block within 1 … depth. */
export function moveBlock(block: number, key: string, depth: number): number | null {
  const next =
    key === 'ArrowRight' || key === 'ArrowUp' ? block + 1
    : key === 'ArrowLeft' || key === 'ArrowDown' ? block - 1
    : key === 'PageUp' ? block + 10
    : key === 'PageDown' ? block - 10
    : key === 'Home' ? 1
    : key === 'End' ? depth
    : null;
  return next === null ? null : Math.min(depth, Math.max(1, next));
}

/** Decades for a log axis covering [lo, hi]. */
export function decades(lo: number, hi: number): [number, number] {
  const a = Math.floor(Math.log10(Math.max(lo, 1e-300)));
  const b = Math.ceil(Math.log10(Math.max(hi, 1e-300)));
  return [a, b === a ? a + 1 : b];
}

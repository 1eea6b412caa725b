/** Numbers as the explorer prints them: three decimals, a true minus sign, rounding noise as 0. */

/** Values this small are rounding noise in these figures (covariances of order 1 and more). */
const NOISE = 5e-10;

export function num(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '—';
  if (Math.abs(v) < NOISE) return '0';
  if (Math.abs(v) < 10 ** -digits) {
    const [m, e] = v.toExponential(1).split('e');
    return `${m.replace('-', '−')}×10^${Number(e)}`;
  }
  return v.toFixed(digits).replace('-', '−');
}

/** The same number in TeX. */
export function tex(v: number, digits = 3): string {
  const text = num(v, digits);
  const sci = /^(−?[\d.]+)×10\^(-?\d+)$/.exec(text);
  if (sci) return `${sci[1].replace('−', '-')} \\times 10^{${sci[2]}}`;
  return text.replace('−', '-');
}

export const pair = (v: readonly [number, number]) => `(${num(v[0])}, ${num(v[1])})`;

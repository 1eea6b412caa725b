/** Independent reference arithmetic for the preprocessing tests: written plainly here, never
 * imported from lib/preprocessing, so a bug there cannot hide in its own check. */

export type Pts = { xs: ArrayLike<number>; ys: ArrayLike<number> };

export function covOf(p: Pts) {
  const n = p.xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += p.xs[i] / n;
    my += p.ys[i] / n;
  }
  let xx = 0;
  let xy = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    xx += (p.xs[i] - mx) ** 2 / n;
    xy += ((p.xs[i] - mx) * (p.ys[i] - my)) / n;
    yy += (p.ys[i] - my) ** 2 / n;
  }
  return { mx, my, xx, xy, yy };
}

/** Roots of the characteristic polynomial λ² − tr·λ + det, by the quadratic formula. */
export function eigenvaluesOf(a: number, b: number, c: number): [number, number] {
  const tr = a + c;
  const det = a * c - b * b;
  const disc = Math.sqrt(Math.max(0, tr * tr - 4 * det));
  return [(tr + disc) / 2, (tr - disc) / 2];
}

/** erf by Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7). */
export function erf(x: number): number {
  const s = Math.sign(x);
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return s * y;
}

/** P(|N(0, sd²)| > t). */
export const twoSidedTail = (t: number, sd: number) => (sd === 0 ? 0 : 1 - erf(t / (sd * Math.SQRT2)));

export const logistic = (z: number) => 1 / (1 + Math.exp(-z));

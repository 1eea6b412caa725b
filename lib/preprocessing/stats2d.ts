/**
 * Statistics of a 2-D point cloud, as the study notes' NumPy computes them: the covariance
 * divides by N (`np.dot(X.T, X) / X.shape[0]`), and the standard deviation is its square root.
 */

export interface Cloud {
  xs: Float64Array;
  ys: Float64Array;
}

/** A symmetric 2×2 matrix [[xx, xy], [xy, yy]]. */
export interface Sym2 {
  xx: number;
  xy: number;
  yy: number;
}

export const size = (c: Cloud) => c.xs.length;

export function mean2(c: Cloud): [number, number] {
  const n = size(c);
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += c.xs[i];
    sy += c.ys[i];
  }
  return [sx / n, sy / n];
}

/** Covariance about the cloud's own mean, divided by N. */
export function covariance2(c: Cloud): Sym2 {
  const n = size(c);
  const [mx, my] = mean2(c);
  let xx = 0;
  let xy = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    const dx = c.xs[i] - mx;
    const dy = c.ys[i] - my;
    xx += dx * dx;
    xy += dx * dy;
    yy += dy * dy;
  }
  return { xx: xx / n, xy: xy / n, yy: yy / n };
}

export const std2 = (cov: Sym2): [number, number] => [Math.sqrt(cov.xx), Math.sqrt(cov.yy)];

/** Pearson correlation; 0 when either coordinate is constant. */
export function correlation(cov: Sym2): number {
  const d = Math.sqrt(cov.xx * cov.yy);
  return d > 0 ? cov.xy / d : 0;
}

/** Apply an affine map to every point: p ↦ A (p − shift), A given by rows. */
export function mapCloud(c: Cloud, shift: [number, number], a: [[number, number], [number, number]]): Cloud {
  const n = size(c);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dx = c.xs[i] - shift[0];
    const dy = c.ys[i] - shift[1];
    xs[i] = a[0][0] * dx + a[0][1] * dy;
    ys[i] = a[1][0] * dx + a[1][1] * dy;
  }
  return { xs, ys };
}

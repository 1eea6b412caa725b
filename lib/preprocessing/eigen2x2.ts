/**
 * The eigen-decomposition of a symmetric 2×2 matrix in closed form. For a covariance matrix it
 * is the same as the SVD the study notes call (`U, S, V = np.linalg.svd(cov)`): S holds the
 * eigenvalues, largest first, and the columns of U the unit eigenvectors.
 */
import type { Sym2 } from './stats2d';

export interface Eigen2 {
  /** λ1 ≥ λ2. Rounding can leave a tiny negative λ2 for a degenerate matrix; it is clamped to 0
   * when the matrix is a covariance (positive semi-definite), see `clampPsd`. */
  values: [number, number];
  /** u1 and u2, unit length and orthogonal; u1 = (cos θ, sin θ) with θ in (−90°, 90°], and
   * u2 = (−sin θ, cos θ), so U = [u1 u2] is a rotation (det +1) and the picture never mirrors. */
  vectors: [[number, number], [number, number]];
  /** θ, the angle of the first principal axis from the x axis, in radians. */
  angle: number;
}

export function symEigen2({ xx: a, xy: b, yy: c }: Sym2): Eigen2 {
  const m = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const l1 = m + r;
  // det / λ1 instead of m − r: the subtraction loses digits when λ2 is tiny next to λ1.
  const l2 = l1 !== 0 ? (a * c - b * b) / l1 : m - r;
  // The principal axis solves tan 2θ = 2b / (a − c); atan2 picks the branch of the larger root.
  let angle = Math.atan2(2 * b, a - c) / 2;
  if (angle <= -Math.PI / 2) angle += Math.PI;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return { values: [l1, l2], vectors: [[cos, sin], [-sin, cos]], angle };
}

/** Covariance matrices are positive semi-definite: rounding below zero means zero. */
export const clampPsd = (e: Eigen2): Eigen2 => ({ ...e, values: [Math.max(0, e.values[0]), Math.max(0, e.values[1])] });

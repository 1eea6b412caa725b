/**
 * A degree-9 polynomial fitted to a few noisy points, with an L2 (ridge) or L1 (lasso) penalty
 * on its weights: the small model of the regularisation widget. Plain double-precision
 * arithmetic: the monomial design matrix is badly conditioned, too badly for float32 tensors.
 *
 * Empirical risk is the mean squared error on the points; structural risk adds λ times the
 * penalty. The constant term w0 is not penalised (shrinking it would only shift the curve).
 */
import { solveLinear } from './linearSolve';
import { lassoPath, lassoWeightsAt, type LassoPath } from './lassoPath';

export interface Dataset {
  x: number[];
  y: number[];
}

export type Penalty = 'l1' | 'l2';

/** [1, x, x², …, x^degree]. */
export function monomials(x: number, degree: number): number[] {
  const row = [1];
  for (let k = 1; k <= degree; k++) row.push(row[k - 1] * x);
  return row;
}

export function predict(w: readonly number[], x: number): number {
  let y = 0;
  for (let k = w.length - 1; k >= 0; k--) y = y * x + w[k];
  return y;
}

/** Mean squared error of the polynomial on the points. */
export function empiricalRisk(w: readonly number[], data: Dataset): number {
  let s = 0;
  for (let i = 0; i < data.x.length; i++) s += (predict(w, data.x[i]) - data.y[i]) ** 2;
  return s / data.x.length;
}

/** Σ|w_k| (L1) or Σ w_k² (L2) over k ≥ 1. */
export function penalty(kind: Penalty, w: readonly number[]): number {
  let s = 0;
  for (let k = 1; k < w.length; k++) s += kind === 'l1' ? Math.abs(w[k]) : w[k] * w[k];
  return s;
}

export interface Risks {
  empirical: number;
  penalty: number;
  /** λ · penalty */
  weightedPenalty: number;
  structural: number;
}

export function risks(kind: Penalty, w: readonly number[], data: Dataset, lambda: number): Risks {
  const empirical = empiricalRisk(w, data);
  const p = penalty(kind, w);
  return { empirical, penalty: p, weightedPenalty: lambda * p, structural: empirical + lambda * p };
}

/**
 * Minimises (1/N)‖Xw − y‖² + λ Σ_{k≥1} w_k² exactly: (XᵀX + Nλ·D) w = Xᵀy, D = diag(0, 1, …, 1).
 * With λ = 0 and as many points as weights, this is the interpolating polynomial.
 */
export function fitRidge(data: Dataset, degree: number, lambda: number): number[] {
  const n = data.x.length;
  const p = degree + 1;
  const rows = data.x.map((x) => monomials(x, degree));
  const a = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => rows.reduce((s, r) => s + r[i] * r[j], 0) + (i === j && i > 0 ? n * lambda : 0)),
  );
  const b = Array.from({ length: p }, (_, i) => rows.reduce((s, r, k) => s + r[i] * data.y[k], 0));
  return solveLinear(a, b);
}

/** The exact lasso path of the polynomial's weights w1 … w_degree (w0 is not penalised). */
export function polynomialLassoPath(data: Dataset, degree: number, lambdaMin: number): LassoPath {
  const columns = Array.from({ length: degree }, (_, k) => data.x.map((x) => x ** (k + 1)));
  return lassoPath(columns, data.y, lambdaMin);
}

/** Minimises (1/N)‖Xw − y‖² + λ Σ_{k≥1} |w_k|; pass a path already computed to reuse it. */
export function fitLasso(data: Dataset, degree: number, lambda: number, path = polynomialLassoPath(data, degree, lambda)): number[] {
  return lassoWeightsAt(path, lambda);
}

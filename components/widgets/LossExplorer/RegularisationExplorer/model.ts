/**
 * RegularisationExplorer's numbers: one noisy data set per seed, its exact ridge and lasso fits at
 * the reader's λ, the risks of each, and the curves to draw. Plain arithmetic from
 * lib/regularisation; fast enough to redo on every slider step.
 */
import { errorAgainstTruth, noisySine, trueCurve } from '@/lib/regularisation/dataset';
import { fitLasso, fitRidge, polynomialLassoPath, predict, risks, type Dataset, type Penalty, type Risks } from '@/lib/regularisation/polynomialFit';
import type { LassoPath } from '@/lib/regularisation/lassoPath';

export const DEGREE = 9;
export const POINTS = 10;
export const NOISE = 0.2;
/** The slider's range, in log10 λ. */
export const LOG_LAMBDA = { min: -7, max: 1, step: 0.1 } as const;
/** The lasso path is followed down to here, below the slider's smallest λ. */
const LAMBDA_FLOOR = 1e-9;

export interface Problem {
  data: Dataset;
  path: LassoPath;
  /** The least-squares fit without a penalty (through every point). */
  unregularised: number[];
}

/** What depends only on the seed: computed once per data set. */
export function problemFor(seed: number): Problem {
  const data = noisySine(seed, POINTS, NOISE);
  return { data, path: polynomialLassoPath(data, DEGREE, LAMBDA_FLOOR), unregularised: fitRidge(data, DEGREE, 0) };
}

export interface Fit {
  penalty: Penalty;
  w: number[];
  risks: Risks;
  /** Mean squared distance to the true curve sin(πx): how well the fit generalises. */
  truthError: number;
  /** Penalised weights (w1 … w9) that are exactly zero. */
  zeros: number;
}

function describe(penalty: Penalty, w: number[], data: Dataset, lambda: number): Fit {
  return {
    penalty,
    w,
    risks: risks(penalty, w, data, lambda),
    truthError: errorAgainstTruth((x) => predict(w, x)),
    zeros: w.slice(1).filter((v) => v === 0).length,
  };
}

export function fitsAt(problem: Problem, lambda: number): Record<Penalty, Fit> {
  return {
    l2: describe('l2', fitRidge(problem.data, DEGREE, lambda), problem.data, lambda),
    l1: describe('l1', fitLasso(problem.data, DEGREE, lambda, problem.path), problem.data, lambda),
  };
}

export const unregularisedFit = (problem: Problem) => describe('l2', problem.unregularised, problem.data, 0);

export const CURVE_X = Array.from({ length: 201 }, (_, i) => -1 + i / 100);
export const curve = (w: readonly number[]) => CURVE_X.map((x) => predict(w, x));
export const truthCurve = CURVE_X.map(trueCurve);

export const lambdaOf = (logLambda: number) => 10 ** logLambda;

/** Symmetric log scale for the weight bars: sign(w)·log10(1 + |w|/0.1), so 0.1, 1, 10, 100 are evenly spread. */
export const symlog = (w: number) => Math.sign(w) * Math.log10(1 + Math.abs(w) / 0.1);

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const minus = (s: string) => s.replace(/^-/, '−');

/** A number as the widget prints it: three significant digits, powers of ten for the very small or large. */
export function formatNumber(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  // Below this it is rounding error of a fit that is exact (e.g. through every point).
  if (a < 1e-12) return '≈ 0';
  if (a < 1e-3 || a >= 1e5) {
    const [m, e] = v.toExponential(1).split('e');
    return `${minus(m)}×10${[...String(Number(e))].map((c) => SUP[c]).join('')}`;
  }
  return minus(a >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString());
}

/**
 * The preprocessing steps of the study notes on a 2-D cloud, every statistic taken from the
 * training points only and then applied unchanged to held-out points:
 *   raw → zero-centred (x − μ) → normalised ((x − μ) / σ per coordinate)
 *   zero-centred → decorrelated (PCA: X_rot = X U) → whitened (X_rot / √(S + ε)).
 * Normalising and PCA are two routes from the zero-centred data, as in the notes' NumPy.
 */
import { clampPsd, symEigen2, type Eigen2 } from './eigen2x2';
import { correlation, covariance2, mapCloud, mean2, std2, type Cloud, type Sym2 } from './stats2d';

export const STAGES = ['raw', 'centred', 'normalised', 'decorrelated', 'whitened'] as const;
export type Stage = (typeof STAGES)[number];

export interface CloudStats {
  mean: [number, number];
  std: [number, number];
  cov: Sym2;
  correlation: number;
  eigen: Eigen2;
}

export function cloudStats(c: Cloud): CloudStats {
  const cov = covariance2(c);
  return { mean: mean2(c), std: std2(cov), cov, correlation: correlation(cov), eigen: clampPsd(symEigen2(cov)) };
}

export interface StageResult {
  stage: Stage;
  train: Cloud;
  test: Cloud;
  /** Statistics of the transformed training points, measured afresh (not assumed). */
  stats: CloudStats;
  /** The same statistics of the held-out points, transformed with the training statistics. */
  testStats: CloudStats;
}

export type Blocked = { stage: Stage; reason: 'zero-variance' | 'zero-eigenvalue'; value: number };

export interface Pipeline {
  /** Statistics the transforms use, all from the training points. */
  fit: { mean: [number, number]; std: [number, number]; eigen: Eigen2; epsilon: number };
  /** One result per stage that can be computed, in STAGES order. */
  stages: StageResult[];
  /** A stage that cannot be computed, with why (e.g. whitening a line with ε = 0). */
  blocked: Blocked[];
}

/** Below this fraction of λ1 an eigenvalue is rounding noise: the cloud is a line. */
export const ZERO_EIGEN = 1e-12;

/** The factor whitening multiplies a principal coordinate by: 1 / √(λ + ε). */
export const whiteningScale = (lambda: number, epsilon: number) => 1 / Math.sqrt(lambda + epsilon);

/** The variance left along a principal direction after whitening: λ / (λ + ε). */
export const whitenedVariance = (lambda: number, epsilon: number) => (lambda + epsilon > 0 ? lambda / (lambda + epsilon) : Number.NaN);

export function preprocess(train: Cloud, test: Cloud, epsilon: number): Pipeline {
  const fitted = cloudStats(train);
  const { mean, std, eigen } = fitted;
  const [u1, u2] = eigen.vectors;
  const [l1, l2] = eigen.values;
  const maps: [Stage, [number, number], [[number, number], [number, number]]][] = [
    ['raw', [0, 0], [[1, 0], [0, 1]]],
    ['centred', mean, [[1, 0], [0, 1]]],
  ];
  const blocked: Blocked[] = [];
  if (std[0] > 0 && std[1] > 0) maps.push(['normalised', mean, [[1 / std[0], 0], [0, 1 / std[1]]]]);
  else blocked.push({ stage: 'normalised', reason: 'zero-variance', value: Math.min(...std) });
  // The rows of the map are the eigenvectors: (x − μ) ↦ ((x − μ)·u1, (x − μ)·u2), i.e. X U.
  maps.push(['decorrelated', mean, [u1, u2]]);
  const tiny = ZERO_EIGEN * Math.max(l1, Number.MIN_VALUE);
  if (l2 + epsilon > tiny) {
    const s1 = whiteningScale(l1, epsilon);
    const s2 = whiteningScale(l2, epsilon);
    maps.push(['whitened', mean, [[u1[0] * s1, u1[1] * s1], [u2[0] * s2, u2[1] * s2]]]);
  } else blocked.push({ stage: 'whitened', reason: 'zero-eigenvalue', value: l2 });
  const stages = maps.map(([stage, shift, a]): StageResult => {
    const t = mapCloud(train, shift, a);
    const h = mapCloud(test, shift, a);
    return { stage, train: t, test: h, stats: cloudStats(t), testStats: cloudStats(h) };
  });
  return { fit: { mean, std, eigen, epsilon }, stages, blocked };
}

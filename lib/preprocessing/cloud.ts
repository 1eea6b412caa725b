/**
 * A seeded, correlated 2-D Gaussian point cloud: the toy data set the preprocessing steps are
 * drawn on. Points are x = μx + σx·z1, y = μy + σy·(ρ·z1 + √(1 − ρ²)·z2) with z1, z2 standard
 * normal, so the cloud's covariance is [[σx², ρσxσy], [ρσxσy, σy²]] up to sampling noise.
 */
import { normal, subSeed } from './random';
import type { Cloud, Sym2 } from './stats2d';

export interface CloudParams {
  /** Correlation ρ in [−1, 1]. */
  rho: number;
  /** Standard deviations along x and y (> 0). */
  sx: number;
  sy: number;
  /** The offset of the cloud's centre. */
  mx: number;
  my: number;
  /** Training points. */
  n: number;
  seed: number;
}

/** Held-out points: a quarter as many as the training points, at least 10. */
export const heldOutCount = (n: number) => Math.max(10, Math.round(n / 4));

function draw(p: CloudParams, count: number, seed: number): Cloud {
  const z = normal(seed);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const perp = Math.sqrt(Math.max(0, 1 - p.rho * p.rho));
  for (let i = 0; i < count; i++) {
    const z1 = z();
    const z2 = z();
    xs[i] = p.mx + p.sx * z1;
    ys[i] = p.my + p.sy * (p.rho * z1 + perp * z2);
  }
  return { xs, ys };
}

/** The training cloud and a held-out cloud from the same distribution (separate streams). */
export function sampleCloud(p: CloudParams): { train: Cloud; test: Cloud } {
  return { train: draw(p, p.n, subSeed(p.seed, 1)), test: draw(p, heldOutCount(p.n), subSeed(p.seed, 2)) };
}

/** The covariance the cloud is drawn from (the sample's own covariance differs by noise). */
export const populationCovariance = (p: CloudParams): Sym2 => ({ xx: p.sx * p.sx, xy: p.rho * p.sx * p.sy, yy: p.sy * p.sy });

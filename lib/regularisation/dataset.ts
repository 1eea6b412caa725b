/** The regularisation widget's data: a few points of sin(πx) with seeded Gaussian noise. */
import { mulberry32, normalDraws } from '../random/prng';
import type { Dataset } from './polynomialFit';

export const trueCurve = (x: number) => Math.sin(Math.PI * x);

/** n points evenly spaced over [−1, 1], y = sin(πx) + noise·ε with ε standard normal from `seed`. */
export function noisySine(seed: number, n = 10, noise = 0.2): Dataset {
  const draw = normalDraws(mulberry32(seed));
  const x = Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
  return { x, y: x.map((v) => trueCurve(v) + noise * draw()) };
}

/** Mean squared distance between the polynomial and the true curve over [−1, 1] (201 points):
 * how well the fit generalises, which no finite sample of noisy points measures exactly. */
export function errorAgainstTruth(predict: (x: number) => number, samples = 201): number {
  let s = 0;
  for (let i = 0; i < samples; i++) {
    const x = -1 + (2 * i) / (samples - 1);
    s += (predict(x) - trueCurve(x)) ** 2;
  }
  return s / samples;
}

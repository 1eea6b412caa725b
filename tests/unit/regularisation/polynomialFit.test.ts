import { describe, expect, it } from 'vitest';
import { mulberry32, normalDraws } from '@/lib/random/prng';
import { solveLinear } from '@/lib/regularisation/linearSolve';
import { lassoPath, lassoWeightsAt } from '@/lib/regularisation/lassoPath';
import { empiricalRisk, fitLasso, fitRidge, monomials, penalty, polynomialLassoPath, predict, risks, type Dataset } from '@/lib/regularisation/polynomialFit';
import { noisySine } from '@/lib/regularisation/dataset';

/** (2/N) x_kᵀ(y − Xw): minus the gradient of the empirical risk for weight k. */
function pull(data: Dataset, w: number[], k: number) {
  const n = data.x.length;
  return (2 / n) * data.x.reduce((s, x, i) => s + x ** k * (data.y[i] - predict(w, x)), 0);
}

describe('seeded random numbers', () => {
  it('repeat for a seed, differ between seeds, and stay in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...first)).toBeLessThan(1);
  });
  it('normal draws have mean ≈ 0 and variance ≈ 1', () => {
    const draw = normalDraws(mulberry32(7));
    const xs = Array.from({ length: 20000 }, draw);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('polynomial fits', () => {
  const data = noisySine(3);

  it('the data set is 10 points over [−1, 1], the same for a seed', () => {
    expect(data.x).toHaveLength(10);
    expect(data.x[0]).toBe(-1);
    expect(data.x[9]).toBe(1);
    expect(noisySine(3)).toEqual(data);
    expect(noisySine(4).y).not.toEqual(data.y);
  });

  it('solves a linear system', () => {
    expect(solveLinear([[2, 1], [1, 3]], [3, 5])).toEqual([0.8, 1.4].map((v) => expect.closeTo(v, 12)));
    expect(() => solveLinear([[1, 2], [2, 4]], [1, 2])).toThrow(/singular/);
  });

  it('without a penalty, degree 9 through 10 points interpolates them: empirical risk 0', () => {
    const w = fitRidge(data, 9, 0);
    expect(empiricalRisk(w, data)).toBeLessThan(1e-16);
    data.x.forEach((x, i) => expect(predict(w, x)).toBeCloseTo(data.y[i], 8));
  });

  it('ridge: the gradient of the structural risk is zero at the fit, for every λ', () => {
    for (const lambda of [1e-6, 1e-3, 0.1, 10]) {
      const w = fitRidge(data, 9, lambda);
      expect(Math.abs(pull(data, w, 0))).toBeLessThan(1e-9); // w0 is not penalised
      for (let k = 1; k <= 9; k++) expect(pull(data, w, k) - 2 * lambda * w[k]).toBeCloseTo(0, 9);
    }
  });

  it('ridge shrinks all weights as λ grows, and sets none exactly to zero', () => {
    const norms = [1e-6, 1e-3, 1e-1, 10].map((l) => penalty('l2', fitRidge(data, 9, l)));
    for (let i = 1; i < norms.length; i++) expect(norms[i]).toBeLessThan(norms[i - 1]);
    expect(fitRidge(data, 9, 1).slice(1).filter((w) => w === 0)).toEqual([]);
  });

  it('lasso: the optimality (KKT) conditions hold along the whole path', () => {
    const path = polynomialLassoPath(data, 9, 1e-9);
    for (const lambda of [1e-5, 1e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3]) {
      const w = fitLasso(data, 9, lambda, path);
      expect(Math.abs(pull(data, w, 0))).toBeLessThan(1e-9);
      for (let k = 1; k <= 9; k++) {
        const c = pull(data, w, k);
        // Non-zero weights: the data's pull balances the penalty exactly. Zero weights: it is too weak to move them.
        if (w[k] !== 0) expect(c / lambda).toBeCloseTo(Math.sign(w[k]), 6);
        else expect(Math.abs(c)).toBeLessThanOrEqual(lambda * (1 + 1e-9));
      }
    }
  });

  it('lasso agrees with plain coordinate descent where that converges', () => {
    const n = data.x.length;
    const rows = data.x.map((x) => monomials(x, 9));
    for (const lambda of [0.01, 0.05, 0.2]) {
      const w = new Array(10).fill(0);
      for (let sweep = 0; sweep < 50000; sweep++) {
        for (let k = 0; k < 10; k++) {
          let c = 0;
          let a = 0;
          for (let i = 0; i < n; i++) {
            const r = data.y[i] - predict(w, data.x[i]) + rows[i][k] * w[k];
            c += rows[i][k] * r;
            a += rows[i][k] ** 2;
          }
          const t = k === 0 ? 0 : (n * lambda) / 2;
          w[k] = Math.sign(c) * Math.max(0, Math.abs(c) - t) / a;
        }
      }
      fitLasso(data, 9, lambda).forEach((v, k) => expect(v).toBeCloseTo(w[k], 6));
    }
  });

  it('lasso on orthogonal columns is the soft-thresholded least-squares fit; ridge divides it by 1 + λ', () => {
    // Two centred, orthogonal columns with (1/N)‖x‖² = 1, so each weight decouples.
    const x1 = [1, -1, 1, -1];
    const x2 = [1, 1, -1, -1];
    const y = [4, 0, 1, -1];
    const ols = [x1, x2].map((c) => c.reduce((s, v, i) => s + v * y[i], 0) / 4);
    expect(ols).toEqual([1.5, 1]);
    const lambda = 0.5;
    const path = lassoPath([x1, x2], y, 1e-9);
    const w = lassoWeightsAt(path, lambda);
    const soft = (v: number) => Math.sign(v) * Math.max(0, Math.abs(v) - lambda / 2);
    expect(w[0]).toBeCloseTo(1, 12); // the mean of y
    expect(w[1]).toBeCloseTo(soft(ols[0]), 12);
    expect(w[2]).toBeCloseTo(soft(ols[1]), 12);
    expect(w.slice(1)).toEqual([1.25, 0.75].map((v) => expect.closeTo(v, 12)));
    expect(lassoWeightsAt(path, 10).slice(1)).toEqual([0, 0]);
  });

  it('larger λ: L1 sets more weights exactly to zero, and all of them past λ_max', () => {
    const path = polynomialLassoPath(data, 9, 1e-9);
    const zeros = (l: number) => fitLasso(data, 9, l, path).slice(1).filter((w) => w === 0).length;
    expect(zeros(1e-5)).toBeLessThan(zeros(1e-2));
    expect(zeros(path.lambdaMax * 1.01)).toBe(9);
    expect(zeros(path.lambdaMax * 0.99)).toBe(8);
  });

  it('structural risk is empirical risk plus λ times the penalty', () => {
    const w = [0.5, -2, 0, 3];
    const tiny: Dataset = { x: [0, 1], y: [1, 1] };
    // predictions 0.5 and 1.5: squared errors 0.25 and 0.25
    const r = risks('l1', w, tiny, 0.1);
    expect(r.empirical).toBeCloseTo(0.25, 12);
    expect(r.penalty).toBe(5);
    expect(r.structural).toBeCloseTo(0.25 + 0.5, 12);
    expect(risks('l2', w, tiny, 0.1).penalty).toBe(13);
  });
});

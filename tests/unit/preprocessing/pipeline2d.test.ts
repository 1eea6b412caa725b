import { describe, expect, it } from 'vitest';
import { heldOutCount, populationCovariance, sampleCloud, type CloudParams } from '@/lib/preprocessing/cloud';
import { preprocess, STAGES, whitenedVariance, whiteningScale } from '@/lib/preprocessing/pipeline2d';
import { covOf, eigenvaluesOf } from './reference';

const params: CloudParams = { rho: 0.8, sx: 3, sy: 1, mx: 6, my: 4, n: 400, seed: 7 };
const { train, test } = sampleCloud(params);
const ref = covOf(train);
const [l1, l2] = eigenvaluesOf(ref.xx, ref.xy, ref.yy);

function stage(eps: number, name: (typeof STAGES)[number]) {
  const r = preprocess(train, test, eps).stages.find((s) => s.stage === name);
  if (!r) throw new Error(`no ${name}`);
  return r;
}

describe('the seeded point cloud', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    expect(sampleCloud(params).train.xs).toEqual(train.xs);
    expect(sampleCloud({ ...params, seed: 8 }).train.xs).not.toEqual(train.xs);
    expect(test.xs.length).toBe(heldOutCount(params.n));
    expect(test.xs[0]).not.toBe(train.xs[0]);
  });

  it('has the mean and covariance it is drawn from, up to sampling noise', () => {
    const big = covOf(sampleCloud({ ...params, n: 40_000 }).train);
    const want = populationCovariance(params);
    // Standard errors at n = 40,000: about 0.015 for the mean of x, 0.06 for var(x).
    expect(big.mx).toBeCloseTo(6, 1);
    expect(big.my).toBeCloseTo(4, 1);
    expect(Math.abs(big.xx - want.xx)).toBeLessThan(0.2);
    expect(Math.abs(big.xy - want.xy)).toBeLessThan(0.08);
    expect(Math.abs(big.yy - want.yy)).toBeLessThan(0.03);
  });
});

describe('preprocessing steps, checked by covariances computed in the test', () => {
  it('zero-centring moves the mean to 0 and keeps the covariance', () => {
    const c = covOf(stage(1e-5, 'centred').train);
    expect(Math.abs(c.mx) + Math.abs(c.my)).toBeLessThan(1e-12);
    expect(c.xx).toBeCloseTo(ref.xx, 10);
    expect(c.xy).toBeCloseTo(ref.xy, 10);
  });

  it('normalising gives unit variances and leaves the correlation alone', () => {
    const c = covOf(stage(1e-5, 'normalised').train);
    expect(c.xx).toBeCloseTo(1, 12);
    expect(c.yy).toBeCloseTo(1, 12);
    expect(c.xy).toBeCloseTo(ref.xy / Math.sqrt(ref.xx * ref.yy), 12);
  });

  it('PCA makes the covariance diagonal, with the eigenvalues of the original on its diagonal', () => {
    const c = covOf(stage(1e-5, 'decorrelated').train);
    expect(Math.abs(c.xy)).toBeLessThan(1e-12);
    expect(c.xx).toBeCloseTo(l1, 10);
    expect(c.yy).toBeCloseTo(l2, 10);
  });

  it('whitening with ε = 0 gives the identity; with ε, diag(λ/(λ+ε))', () => {
    const w0 = covOf(stage(0, 'whitened').train);
    expect(w0.xx).toBeCloseTo(1, 12);
    expect(w0.yy).toBeCloseTo(1, 12);
    expect(Math.abs(w0.xy)).toBeLessThan(1e-12);
    const eps = 0.1;
    const w = covOf(stage(eps, 'whitened').train);
    expect(w.xx).toBeCloseTo(l1 / (l1 + eps), 12);
    expect(w.yy).toBeCloseTo(l2 / (l2 + eps), 12);
    expect(whitenedVariance(l2, eps)).toBeCloseTo(l2 / (l2 + eps), 15);
    expect(whiteningScale(1e-4, 0)).toBeCloseTo(100, 10);
  });

  it("matches the notes' NumPy recipe point by point: Xrot = X U, Xwhite = Xrot / sqrt(S + eps)", () => {
    const eps = 1e-5;
    const r = stage(eps, 'whitened');
    const p = preprocess(train, test, eps).fit;
    const [u1, u2] = p.eigen.vectors;
    for (const i of [0, 17, 399]) {
      const x = train.xs[i] - ref.mx;
      const y = train.ys[i] - ref.my;
      const rot1 = x * u1[0] + y * u1[1];
      const rot2 = x * u2[0] + y * u2[1];
      expect(r.train.xs[i]).toBeCloseTo(rot1 / Math.sqrt(l1 + eps), 10);
      expect(r.train.ys[i]).toBeCloseTo(rot2 / Math.sqrt(l2 + eps), 10);
    }
  });

  it('applies the training statistics, unchanged, to the held-out points', () => {
    const held = covOf(stage(1e-5, 'centred').test);
    const raw = covOf(test);
    expect(held.mx).toBeCloseTo(raw.mx - ref.mx, 12);
    expect(held.my).toBeCloseTo(raw.my - ref.my, 12);
    // Held-out points are not exactly white: their own covariance differs from the training one.
    const w = covOf(stage(0, 'whitened').test);
    expect(Math.abs(w.xx - 1) + Math.abs(w.yy - 1)).toBeGreaterThan(1e-3);
  });

  it('refuses to whiten a line with ε = 0 and says why; ε > 0 makes it possible', () => {
    const line = sampleCloud({ ...params, rho: 1 });
    const blocked = preprocess(line.train, line.test, 0);
    expect(blocked.stages.map((s) => s.stage)).toEqual(['raw', 'centred', 'normalised', 'decorrelated']);
    expect(blocked.blocked).toEqual([{ stage: 'whitened', reason: 'zero-eigenvalue', value: expect.any(Number) }]);
    const ok = preprocess(line.train, line.test, 1e-5);
    const w = covOf(ok.stages[4].train);
    expect(w.xx).toBeCloseTo(1, 4);
    expect(w.yy).toBeLessThan(1e-6);
  });
});

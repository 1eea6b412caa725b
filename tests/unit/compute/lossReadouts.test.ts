/** The loss widgets' readouts against closed forms computed here in float64 and the PyTorch golden vectors. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossEntropyAlongTargetLogit, crossEntropyReadout, ready, regressionLossCurves, regressionLossesAt, tf } from '@/lib/compute';

beforeAll(ready);

const golden = (name: string) => JSON.parse(readFileSync(new URL(`../../golden/${name}.json`, import.meta.url), 'utf8'));
const logSumExp = (z: number[]) => {
  const m = Math.max(...z);
  return m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
};

describe('cross-entropy readout', () => {
  it('matches −log softmax in float64 and its gradient p − one-hot', () => {
    const z = [0.5, 2, -1, 1.5];
    const r = crossEntropyReadout(z, 3);
    const lse = logSumExp(z);
    expect(r.logSumExp).toBeCloseTo(lse, 5);
    expect(r.max).toBe(2);
    expect(r.loss).toBeCloseTo(lse - 1.5, 5);
    r.probs.forEach((p, j) => expect(p).toBeCloseTo(Math.exp(z[j] - lse), 6));
    r.grad.forEach((g, j) => expect(g).toBeCloseTo(Math.exp(z[j] - lse) - (j === 3 ? 1 : 0), 6));
    expect(r.grad.reduce((s, g) => s + g, 0)).toBeCloseTo(0, 6);
  });

  it('agrees with PyTorch on each row of the golden cross-entropy case', () => {
    const g = golden('cross_entropy_basic');
    const [n, k] = g.inputs.logits.shape;
    const rows = Array.from({ length: n }, (_, i) => g.inputs.logits.data.slice(i * k, (i + 1) * k));
    const targets: number[] = g.inputs.target.data;
    const mean = rows.reduce((s, z, i) => s + crossEntropyReadout(z, targets[i]).loss, 0) / n;
    expect(mean).toBeCloseTo(g.outputs.loss.data[0], 4);
    rows.forEach((z, i) => crossEntropyReadout(z, targets[i]).grad.forEach((v, j) => expect(v / n).toBeCloseTo(g.outputs.dlogits.data[i * k + j], 4)));
  });

  it('stays finite for a logit of 1000, where exp overflows float32 and the naive formula gives NaN', () => {
    const right = crossEntropyReadout([1000, 0, -5], 0);
    expect(right.loss).toBeCloseTo(0, 6);
    expect(right.probs[0]).toBeCloseTo(1, 6);
    expect(right.logSumExp).toBeCloseTo(1000, 3);
    expect(right.naiveProbs[0]).toBeNaN(); // Infinity / Infinity
    const wrong = crossEntropyReadout([1000, 0, -5], 1);
    expect(wrong.loss).toBeCloseTo(1000, 2);
    expect(Number.isFinite(wrong.naiveLoss)).toBe(false);
    // Below ln(float32 max) ≈ 88.72 the naive formula still works.
    expect(crossEntropyReadout([88, 0], 1).naiveLoss).toBeCloseTo(88, 3);
    expect(crossEntropyReadout([89, 0], 1).naiveProbs.some(Number.isNaN)).toBe(true);
  });

  it('along the target logit: softplus(logsumexp of the others − z), falling towards 0', () => {
    const z = [0.5, 2, -1, 1.5];
    const others = logSumExp([0.5, 2, -1]);
    const zs = [-10, -2, 0, 1.5, 4, 20];
    const curve = crossEntropyAlongTargetLogit(z, 3, zs);
    curve.forEach((v, i) => expect(v).toBeCloseTo(Math.log1p(Math.exp(others - zs[i])), 4));
    expect(curve[3]).toBeCloseTo(crossEntropyReadout(z, 3).loss, 6);
    for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeLessThan(curve[i - 1]);
    expect(crossEntropyAlongTargetLogit(z, 3, [])).toEqual([]);
  });
});

describe('regression losses at a point and as curves', () => {
  const smoothL1 = (d: number, b: number) => (b === 0 ? Math.abs(d) : Math.abs(d) < b ? (0.5 * d * d) / b : Math.abs(d) - 0.5 * b);
  const smoothGrad = (d: number, b: number) => (b > 0 && Math.abs(d) < b ? d / b : Math.sign(d));

  it('match the closed forms at errors inside and outside β', () => {
    for (const [d, beta] of [[2, 1], [0.4, 1], [-0.3, 0.5], [-2.5, 0.5], [0.7, 0], [0, 1]]) {
      const r = regressionLossesAt(d, beta);
      expect(r.loss.l1).toBeCloseTo(Math.abs(d), 6);
      expect(r.loss.l2).toBeCloseTo(d * d, 6);
      expect(r.loss.smoothL1).toBeCloseTo(smoothL1(d, beta), 6);
      expect(r.grad.l1).toBe(Math.sign(d) + 0); // sign(0) = 0, as PyTorch
      expect(r.grad.l2).toBeCloseTo(2 * d, 6);
      expect(r.grad.smoothL1).toBeCloseTo(smoothGrad(d, beta), 6);
    }
  });

  it('curves average to the golden PyTorch losses and gradients', () => {
    for (const [name, key, beta] of [['l1_loss_basic', 'l1', 1], ['mse_loss_basic', 'l2', 1], ['smooth_l1_loss_beta1', 'smoothL1', 1]] as const) {
      const g = golden(name);
      const d = g.inputs.pred.data.map((p: number, i: number) => p - g.inputs.target.data[i]);
      const c = regressionLossCurves(d, beta)[key];
      expect(c.loss.reduce((s, v) => s + v, 0) / d.length).toBeCloseTo(g.outputs.loss.data[0], 4);
      c.grad.forEach((v, i) => expect(v / d.length).toBeCloseTo(g.outputs.dpred.data[i], 4));
    }
  });

  it('curves: smooth L1 is continuous with a continuous slope at ±β, and its slope never exceeds 1', () => {
    const beta = 0.8;
    const errors = Array.from({ length: 601 }, (_, i) => -3 + i / 100);
    const c = regressionLossCurves(errors, beta).smoothL1;
    errors.forEach((d, i) => {
      expect(c.loss[i]).toBeCloseTo(smoothL1(d, beta), 5);
      expect(Math.abs(c.grad[i])).toBeLessThanOrEqual(1);
    });
    expect(regressionLossCurves([0.8 - 1e-4, 0.8 + 1e-4], beta).smoothL1.grad[0]).toBeCloseTo(1, 3);
    expect(regressionLossCurves([1], 0).smoothL1.loss[0]).toBe(1);
    expect(() => regressionLossCurves([1], -1)).toThrow(/beta/);
  });

  it('leave no tensor behind', () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      crossEntropyReadout([1, 2, 3], 1);
      crossEntropyAlongTargetLogit([1, 2, 3], 1, [0, 1, 2]);
      regressionLossesAt(0.5, 1);
      regressionLossCurves([-1, 0, 1], 0.5);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

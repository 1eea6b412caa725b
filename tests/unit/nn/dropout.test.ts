import { describe, expect, it } from 'vitest';
import {
  dropoutRun, exactMoments, fullOutput, keepMask, testOutput, trainOutput, trainScale,
  type DenseLayer, type DropoutSetup,
} from '@/lib/nn/dropout';
import { uniforms } from '@/lib/random/prng';

const layer: DenseLayer = {
  inputs: 3,
  outputs: 2,
  weights: [0.5, -1, 2, 1, 1, -0.5],
  bias: [0.1, -0.2],
};
const x = [1, 2, 0.5];
// W x + b by hand: 0.5 − 2 + 1 + 0.1 = −0.4 and 1 + 2 − 0.25 − 0.2 = 2.55.
const plain = [-0.4, 2.55];
const setup = (p: number, scaling: DropoutSetup['scaling'] = 'inverted', after: DropoutSetup['after'] = 'none'): DropoutSetup => ({ layer, x, p, scaling, after });

describe('dropout on a dense layer', () => {
  it('drops a unit when its draw is below p', () => {
    expect(keepMask([0.1, 0.5, 0.9], 0.5)).toEqual([false, true, true]);
    const u = uniforms(9, 40_000);
    const kept = keepMask(u, 0.3).filter(Boolean).length / u.length;
    expect(Math.abs(kept - 0.7)).toBeLessThan(0.01);
  });

  it('scales kept units by 1/(1 − p) under inverted dropout, by 1 under the original', () => {
    expect(trainScale(0.5, 'inverted')).toBe(2);
    expect(trainScale(0.75, 'inverted')).toBe(4);
    expect(trainScale(0.5, 'original')).toBe(1);
    // Keep only unit 2 (x = 2), p = 0.5: inverted gives W[:,1]·2·2 + b.
    expect(trainOutput(setup(0.5), [false, true, false])).toEqual([-4 + 0.1, 4 - 0.2].map((v) => expect.closeTo(v, 12)));
    expect(trainOutput(setup(0.5, 'original'), [false, true, false])).toEqual([-2 + 0.1, 2 - 0.2].map((v) => expect.closeTo(v, 12)));
  });

  it('uses the plain network at test time under inverted dropout, weights × (1 − p) under the original', () => {
    fullOutput(setup(0.5)).forEach((v, o) => expect(v).toBeCloseTo(plain[o], 12));
    testOutput(setup(0.5)).forEach((v, o) => expect(v).toBeCloseTo(plain[o], 12));
    const b = layer.bias;
    testOutput(setup(0.25, 'original')).forEach((v, o) => expect(v).toBeCloseTo(0.75 * (plain[o] - b[o]) + b[o], 12));
  });

  it('makes the mean over all masks equal the test output exactly for a linear layer, for any p', () => {
    for (const p of [0.1, 0.5, 0.8]) {
      for (const scaling of ['inverted', 'original'] as const) {
        const { mean } = exactMoments(setup(p, scaling));
        testOutput(setup(p, scaling)).forEach((t, o) => expect(mean[o]).toBeCloseTo(t, 12));
      }
    }
  });

  it('has the closed-form variance Σ w² x² p/(1 − p) under inverted dropout', () => {
    const p = 0.3;
    const { variance } = exactMoments(setup(p));
    for (let o = 0; o < 2; o++) {
      const expected = x.reduce((s, xi, i) => s + (layer.weights[o * 3 + i] * xi) ** 2, 0) * (p / (1 - p));
      expect(variance[o]).toBeCloseTo(expected, 12);
    }
  });

  it('after a ReLU, the mean over masks is not the ReLU of the full network', () => {
    // One input, one output: y = relu(w·x·m/(1 − p) + b) with w·x = 1, b = −0.5, p = 0.5.
    // Kept (prob 1/2): relu(2 − 0.5) = 1.5; dropped: relu(−0.5) = 0. Mean 0.75; full network relu(0.5) = 0.5.
    const tiny: DropoutSetup = { layer: { inputs: 1, outputs: 1, weights: [1], bias: [-0.5] }, x: [1], p: 0.5, scaling: 'inverted', after: 'relu' };
    expect(exactMoments(tiny).mean[0]).toBeCloseTo(0.75, 12);
    expect(testOutput(tiny)[0]).toBeCloseTo(0.5, 12);
  });

  it('follows a running average that converges like σ/√n', () => {
    const s = setup(0.5);
    const masks = 4000;
    const run = dropoutRun(s, uniforms(11, masks * 3), masks);
    expect(run.errors).toHaveLength(masks);
    // The average of the first two masks, by hand.
    const u = uniforms(11, 6);
    const y0 = trainOutput(s, keepMask(u, 0.5, 0, 3));
    const y1 = trainOutput(s, keepMask(u, 0.5, 3, 3));
    run.averages[1].forEach((v, o) => expect(v).toBeCloseTo((y0[o] + y1[o]) / 2, 12));
    const { variance } = exactMoments(s);
    const sigma = Math.sqrt((variance[0] + variance[1]) / 2);
    // The RMS error after n masks has expectation about σ/√n; allow a factor of 3 either way.
    for (const n of [100, 1000, 4000]) {
      const ratio = run.errors[n - 1] / (sigma / Math.sqrt(n));
      expect(ratio).toBeGreaterThan(1 / 3);
      expect(ratio).toBeLessThan(3);
    }
  });

  it('rejects too few draws and layers too large to enumerate', () => {
    expect(() => dropoutRun(setup(0.5), [0.1, 0.2], 1)).toThrow(/draws/);
    const big: DenseLayer = { inputs: 17, outputs: 1, weights: new Array(17).fill(1), bias: [0] };
    expect(() => exactMoments({ layer: big, x: new Array(17).fill(1), p: 0.5, scaling: 'inverted', after: 'none' })).toThrow(/at most 16/);
  });
});

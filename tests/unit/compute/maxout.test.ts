/**
 * Maxout has no PyTorch op to take golden vectors from, so it is checked against the closed forms
 * of the functions it reproduces (|x|, ReLU, leaky ReLU, both golden-tested in activations), a
 * central difference, and the parameter count of the linear layers it is made of.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { activation, activationDerivative, maxout, maxoutDerivative, ready, tf } from '@/lib/compute';
import { MAXOUT_PRESETS, maxoutKinks, maxoutParams } from '@/lib/activations/maxout';
import { fcParams } from '@/lib/nn/convArithmetic';

beforeAll(ready);

const xs = [-4.2, -1.5, -0.3, 0.2, 0.9, 2.6, 5];
const read = (t: tf.Tensor) => {
  const v = Array.from(t.dataSync());
  t.dispose();
  return v;
};
const run = (f: (x: tf.Tensor) => tf.Tensor, at = xs) => tf.tidy(() => read(f(tf.tensor1d(at))));

describe('maxout', () => {
  it('with pieces −x and x is |x|, with slope sign(x)', () => {
    expect(run((x) => maxout(x, MAXOUT_PRESETS.abs))).toEqual(xs.map((v) => Math.fround(Math.abs(v))));
    expect(run((x) => maxoutDerivative(x, MAXOUT_PRESETS.abs))).toEqual(xs.map(Math.sign));
  });

  it('reproduces ReLU and leaky ReLU (slope 0.1), values and slopes', () => {
    for (const [preset, name, params] of [['relu', 'relu', {}], ['leaky', 'leaky_relu', { negativeSlope: 0.1 }]] as const) {
      const want = run((x) => activation(name, x, params));
      run((x) => maxout(x, MAXOUT_PRESETS[preset])).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
      const wantD = run((x) => activationDerivative(name, x, params));
      run((x) => maxoutDerivative(x, MAXOUT_PRESETS[preset])).forEach((v, i) => expect(v).toBeCloseTo(wantD[i], 6));
    }
  });

  it('three pieces: the slope matches a central difference away from the kinks', () => {
    const pieces = MAXOUT_PRESETS.three;
    const kinks = maxoutKinks(pieces);
    expect(kinks).toHaveLength(2);
    // Each kink is where two pieces meet on top: w_i x + b_i = w_j x + b_j.
    expect(kinks[0]).toBeCloseTo(-1 / 0.8, 12);
    expect(kinks[1]).toBeCloseTo(2 / 1.2, 12);
    const at = [-5, -2, -0.5, 0.7, 1.2, 2.5, 5.5];
    const h = 1e-2;
    const d = run((x) => maxoutDerivative(x, pieces), at);
    const up = run((x) => maxout(x, pieces), at.map((v) => v + h));
    const down = run((x) => maxout(x, pieces), at.map((v) => v - h));
    at.forEach((_, i) => expect(d[i]).toBeCloseTo((up[i] - down[i]) / (2 * h), 3));
    expect(new Set(d)).toEqual(new Set(pieces.slopes.map(Math.fround)));
  });

  it('refuses mismatched pieces instead of computing nonsense', () => {
    const x = tf.tensor1d([1]);
    expect(() => maxout(x, { slopes: [1, 2], intercepts: [0] })).toThrow(/as many intercepts as slopes/);
    expect(() => maxoutDerivative(x, { slopes: [], intercepts: [] })).toThrow(/at least one/);
    x.dispose();
  });

  it('a layer with k pieces has k times the parameters of a fully connected layer', () => {
    expect(maxoutParams(128, 64, 1)).toBe(fcParams(128, 64));
    expect(maxoutParams(128, 64, 3)).toBe(3 * fcParams(128, 64));
    expect(maxoutParams(128, 64, 3)).toBe(64 * 3 * 129);
  });
});

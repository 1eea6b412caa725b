/**
 * The fully connected layer and its convolution, both ways through TensorFlow.js, checked against
 * PyTorch (golden linear_basic and conv2d_pointwise) and against plain dot products.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fcAsConv, pointwiseAsFc, ready, tf } from '@/lib/compute';
import { seededValues } from '@/lib/random/prng';
import type { GoldenCase } from './golden-helpers';

beforeAll(ready);

const golden = (name: string) => JSON.parse(readFileSync(new URL(`../../golden/${name}.json`, import.meta.url), 'utf8')) as GoldenCase;
const close = (got: number, want: number, tol: { abs: number; rel: number }) => Math.abs(got - want) <= tol.abs + tol.rel * Math.abs(want);

describe('fcAsConv', () => {
  it("gives PyTorch's nn.Linear outputs (golden linear_basic) as a convolution with a kernel the size of the input", () => {
    const g = golden('linear_basic');
    const [n, features] = g.inputs.x.shape;
    const outputs = g.inputs.w.shape[0];
    for (let s = 0; s < n; s++) {
      // One sample of 5 features as a 1 × 1 × 5 image; the 4 weight rows become 1 × 1 × 5 kernels.
      const r = fcAsConv({
        input: g.inputs.x.data.slice(s * features, (s + 1) * features),
        inputShape: [1, 1, features],
        weights: g.inputs.w.data,
        outputs,
        kh: 1,
        kw: features,
        bias: g.inputs.b.data,
      });
      expect([r.outH, r.outW]).toEqual([1, 1]);
      for (let o = 0; o < outputs; o++) {
        const want = g.outputs.y.data[s * outputs + o];
        expect(close(r.conv[o], want, g.tolerance), `sample ${s} unit ${o}: conv ${r.conv[o]} vs ${want}`).toBe(true);
        expect(close(r.fc[o], want, g.tolerance), `sample ${s} unit ${o}: linear ${r.fc[o]} vs ${want}`).toBe(true);
      }
      expect(r.maxAbsDiff).toBeLessThan(1e-5);
    }
  });

  it('matches a plain dot product per window when the image is larger than the layer expects', () => {
    const [c, kh, kw, outputs, extra] = [2, 3, 2, 3, 2];
    const [h, w] = [kh + extra, kw + extra];
    const input = seededValues(4, c * h * w, -1, 1);
    const weights = seededValues(5, outputs * c * kh * kw, -1, 1);
    const bias = [0.1, -0.2, 0.3];
    const r = fcAsConv({ input, inputShape: [c, h, w], weights, outputs, kh, kw, bias });
    expect([r.outH, r.outW]).toEqual([extra + 1, extra + 1]);
    for (let i = 0; i <= extra; i++) {
      for (let j = 0; j <= extra; j++) {
        for (let o = 0; o < outputs; o++) {
          let sum = bias[o];
          for (let ch = 0; ch < c; ch++) {
            for (let u = 0; u < kh; u++) {
              for (let v = 0; v < kw; v++) sum += weights[o * c * kh * kw + ch * kh * kw + u * kw + v] * input[ch * h * w + (i + u) * w + (j + v)];
            }
          }
          const p = i * (extra + 1) + j;
          expect(r.conv[o * (extra + 1) ** 2 + p]).toBeCloseTo(sum, 5);
          expect(r.fc[p * outputs + o]).toBeCloseTo(sum, 5);
        }
      }
    }
    expect(r.maxAbsDiff).toBeLessThan(1e-5);
  });

  it('says why it cannot run, and leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) fcAsConv({ input: seededValues(i, 18, -1, 1), inputShape: [2, 3, 3], weights: seededValues(i + 1, 36, -1, 1), outputs: 2, kh: 3, kw: 3, bias: [0, 0] });
    expect(tf.memory().numTensors).toBe(before);
    expect(() => fcAsConv({ input: [1, 2], inputShape: [1, 1, 2], weights: [1, 2, 3], outputs: 1, kh: 1, kw: 3, bias: [0] })).toThrow(/smaller/);
    expect(() => fcAsConv({ input: [1, 2], inputShape: [1, 1, 2], weights: [1], outputs: 1, kh: 1, kw: 2, bias: [0] })).toThrow(/rows of 2/);
  });
});

describe('pointwiseAsFc', () => {
  it("gives PyTorch's 1×1 convolution (golden conv2d_pointwise) both as a convolution and pixel by pixel", () => {
    const g = golden('conv2d_pointwise');
    const [, c, h, w] = g.inputs.x.shape;
    const outputs = g.inputs.w.shape[0];
    const before = tf.memory().numTensors;
    const r = pointwiseAsFc({ input: g.inputs.x.data, inputShape: [c, h, w], weights: g.inputs.w.data, outputs, bias: g.inputs.b.data });
    expect(tf.memory().numTensors).toBe(before);
    const want = g.outputs.y.data;
    for (let o = 0; o < outputs; o++) {
      for (let p = 0; p < h * w; p++) {
        expect(close(r.conv[o * h * w + p], want[o * h * w + p], g.tolerance)).toBe(true);
        expect(close(r.perPixel[p * outputs + o], want[o * h * w + p], g.tolerance)).toBe(true);
      }
    }
    expect(r.maxAbsDiff).toBeLessThan(1e-5);
  });
});

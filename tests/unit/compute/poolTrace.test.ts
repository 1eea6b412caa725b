/** The pooling trace: outputs and per-window gradient routes against PyTorch's golden vectors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { poolingTrace, ready, tf } from '@/lib/compute';
import { poolPlaneRef } from './reference';

beforeAll(ready);

const golden = (name: string) =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../golden', `${name}.json`), 'utf8')) as {
    attrs: { kernel: number[]; stride: number[]; padding: number[] };
    inputs: { x: { shape: number[]; data: number[] }; gy: { data: number[] } };
    outputs: { y: { data: number[] }; dx: { data: number[] } };
  };

/** Σ_p gy_p · route_p, placed at the input cells: the input gradient built from the routes. */
function gradientFromRoutes(t: ReturnType<typeof poolingTrace>, gy: ArrayLike<number>) {
  const dx = new Float64Array(t.inH * t.inW);
  const K = t.kh * t.kw;
  for (let p = 0; p < t.outH * t.outW; p++)
    for (let k = 0; k < K; k++) {
      const r = Math.floor(p / t.outW) * t.stride - t.padding + Math.floor(k / t.kw);
      const c = (p % t.outW) * t.stride - t.padding + (k % t.kw);
      if (r >= 0 && r < t.inH && c >= 0 && c < t.inW) dx[r * t.inW + c] += gy[p] * t.routes[p * K + k];
    }
  return dx;
}

describe('poolingTrace', () => {
  for (const [name, mode] of [['max_pool2d_3x3_s2', 'max'], ['max_pool2d_2x2', 'max'], ['avg_pool2d_2x2', 'avg']] as const) {
    it(`matches PyTorch's output and input gradient (${name}), first channel`, () => {
      const g = golden(name);
      const [, , H, W] = g.inputs.x.shape;
      const plane = g.inputs.x.data.slice(0, H * W);
      const t = poolingTrace({ input: plane, height: H, width: W, mode, kernel: g.attrs.kernel[0], stride: g.attrs.stride[0], padding: g.attrs.padding[0] });
      const P = t.outH * t.outW;
      Array.from(t.output).forEach((v, i) => expect(v).toBeCloseTo(g.outputs.y.data[i], 4));
      const dx = gradientFromRoutes(t, g.inputs.gy.data.slice(0, P));
      Array.from(dx).forEach((v, i) => expect(v, `dx[${i}]`).toBeCloseTo(g.outputs.dx.data[i], 4));
    });
  }

  it('routes a max window\'s gradient to one cell, its first arg-max, never to padding', () => {
    const plane = Float32Array.from({ length: 25 }, (_, i) => -Math.abs(Math.sin(i * 1.7)) - 1);
    const t = poolingTrace({ input: plane, height: 5, width: 5, mode: 'max', kernel: 3, stride: 2, padding: 1 });
    const ref = poolPlaneRef(plane, 5, 5, 3, 2, 1, 'max');
    for (let p = 0; p < 9; p++) {
      const route = Array.from(t.routes.subarray(p * 9, p * 9 + 9));
      expect(route.filter((v) => v !== 0)).toEqual([1]);
      const k = route.indexOf(1);
      const r = Math.floor(p / 3) * 2 - 1 + Math.floor(k / 3);
      const c = (p % 3) * 2 - 1 + (k % 3);
      expect(r * 5 + c).toBe(ref.argmax[p]);
      expect(t.lostShare[p]).toBe(0);
    }
  });

  it('spreads an average window evenly; with count_include_pad the padding\'s share is lost', () => {
    const plane = Float32Array.from({ length: 16 }, (_, i) => i);
    const inc = poolingTrace({ input: plane, height: 4, width: 4, mode: 'avg', kernel: 3, stride: 2, padding: 1, countIncludePad: true });
    // Top-left window: 4 real cells of 9, each gets 1/9; 5/9 of the gradient lands on padding.
    expect(Array.from(inc.routes.subarray(0, 9)).map((v) => Math.round(v * 9 * 1000) / 1000)).toEqual([0, 0, 0, 0, 1, 1, 0, 1, 1]);
    expect(inc.lostShare[0]).toBeCloseTo(5 / 9, 6);
    expect(inc.output[0]).toBeCloseTo((0 + 1 + 4 + 5) / 9, 6);
    const exc = poolingTrace({ input: plane, height: 4, width: 4, mode: 'avg', kernel: 3, stride: 2, padding: 1, countIncludePad: false });
    expect(Array.from(exc.routes.subarray(0, 9)).map((v) => Math.round(v * 4 * 1000) / 1000)).toEqual([0, 0, 0, 0, 1, 1, 0, 1, 1]);
    expect(exc.lostShare[0]).toBe(0);
    expect(exc.output[0]).toBeCloseTo((0 + 1 + 4 + 5) / 4, 6);
  });

  it('traces a single window (the whole map)', () => {
    const t = poolingTrace({ input: [1, 3, 2, 6], height: 2, width: 2, mode: 'max', kernel: 2, stride: 2, padding: 0 });
    expect(Array.from(t.output)).toEqual([6]);
    expect(Array.from(t.routes)).toEqual([0, 0, 0, 1]);
  });

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    poolingTrace({ input: new Float32Array(64), height: 8, width: 8, mode: 'max', kernel: 2, stride: 2, padding: 0 });
    poolingTrace({ input: new Float32Array(64), height: 8, width: 8, mode: 'avg', kernel: 3, stride: 1, padding: 1 });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses impossible settings in words', () => {
    expect(() => poolingTrace({ input: new Float32Array(16), height: 4, width: 4, mode: 'max', kernel: 2, stride: 2, padding: 2 })).toThrow(/half the kernel/);
  });
});

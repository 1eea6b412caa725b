import { describe, expect, it } from 'vitest';
import { dequantise, gridValues, maxCode, quantise } from '@/lib/compression/quantise';
import { mulberry32, normalDraws } from '@/lib/random/prng';

const draw = normalDraws(mulberry32(11));
// A kernel [3, 3, 4, 8]: the last axis is the output channel; channel c is scaled by (c + 1).
const kernel = Float32Array.from({ length: 3 * 3 * 4 * 8 }, (_, i) => draw() * 0.1 * ((i % 8) + 1));

describe('symmetric linear quantisation', () => {
  it('has 2^(k−1) − 1 as its largest code', () => {
    expect([8, 6, 4, 2].map(maxCode)).toEqual([127, 31, 7, 1]);
    expect(() => maxCode(1)).toThrow();
  });

  it.each([8, 6, 4, 2])('per tensor at %i bits: error ≤ scale / 2, codes in range, max|w| exact', (bits) => {
    const q = quantise(kernel, bits);
    const back = dequantise(q);
    const s = q.scales[0];
    const max = Math.max(...kernel.map(Math.abs));
    expect(s).toBeCloseTo(max / (2 ** (bits - 1) - 1), 6);
    kernel.forEach((w, i) => expect(Math.abs(w - back[i])).toBeLessThanOrEqual(s / 2 + 1e-7));
    expect(Math.max(...q.codes.map(Math.abs))).toBe(2 ** (bits - 1) - 1);
    expect(new Set([...q.codes]).size).toBeLessThanOrEqual(2 ** bits - 1);
  });

  it.each([8, 4, 2])('per channel at %i bits: each channel its own scale, error ≤ its scale / 2', (bits) => {
    const q = quantise(kernel, bits, 'channel', 8);
    expect(q.scales).toHaveLength(8);
    const back = dequantise(q);
    kernel.forEach((w, i) => expect(Math.abs(w - back[i])).toBeLessThanOrEqual(q.scales[i % 8] / 2 + 1e-7));
    // Channel 0 has the smallest weights, so the finest grid.
    expect(q.scales[0]).toBeLessThan(q.scales[7]);
  });

  it('per channel is never worse than per tensor in total squared error', () => {
    const err = (b: Float32Array) => b.reduce((n, v, i) => n + (v - kernel[i]) ** 2, 0);
    expect(err(dequantise(quantise(kernel, 4, 'channel', 8)))).toBeLessThan(err(dequantise(quantise(kernel, 4))));
  });

  it('keeps zero exactly zero and gives a grid of 2^k − 1 values', () => {
    const w = Float32Array.from([0, 0.3, -0.9, 0, 0.45]);
    const back = dequantise(quantise(w, 2));
    expect(back[0]).toBe(0);
    expect(back[3]).toBe(0);
    // 2 bits: codes −1, 0, 1 with s = 0.9: 0.3 → 0, 0.45 → round(0.5) = 1 → 0.9.
    expect([...back].map((v) => Number(v.toFixed(4)))).toEqual([0, 0, -0.9, 0, 0.9]);
    expect(gridValues(0.5, 3)).toEqual([-1.5, -1, -0.5, 0, 0.5, 1, 1.5]);
  });
});

import { describe, expect, it } from 'vitest';
import { magnitudePrune, prunedCount, sparsityOf } from '@/lib/compression/prune';
import { mulberry32, normalDraws } from '@/lib/random/prng';

const randomTensor = (n: number, seed: number, std = 1) => {
  const draw = normalDraws(mulberry32(seed));
  return Float32Array.from({ length: n }, () => draw() * std);
};

describe('global magnitude pruning', () => {
  const tensors = [randomTensor(72, 1, 0.5), randomTensor(1152, 2, 0.1), randomTensor(3000, 3, 0.03)];
  const total = 72 + 1152 + 3000;

  it.each([0, 0.1, 0.5, 0.9, 0.99, 1])('zeroes exactly round(%s × N) weights', (s) => {
    const r = magnitudePrune(tensors, s);
    const zeros = r.tensors.reduce((n, t) => n + t.filter((v) => v === 0).length, 0);
    expect(zeros).toBe(Math.round(s * total));
    expect(r.pruned).toBe(zeros);
  });

  it('removes the smallest magnitudes: every kept |w| ≥ every pruned |w|', () => {
    const r = magnitudePrune(tensors, 0.6);
    let maxPruned = 0;
    let minKept = Infinity;
    tensors.forEach((t, ti) => t.forEach((v, i) => (r.tensors[ti][i] === 0 ? (maxPruned = Math.max(maxPruned, Math.abs(v))) : (minKept = Math.min(minKept, Math.abs(v))))));
    expect(maxPruned).toBeLessThanOrEqual(minKept);
    expect(r.threshold).toBe(maxPruned);
  });

  it('is global: the layer with the smallest weights loses the most', () => {
    const r = magnitudePrune(tensors, 0.5);
    const [a, b, c] = r.tensors.map(sparsityOf);
    expect(c).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(a);
  });

  it('keeps the exact count when many weights tie', () => {
    const tied = [new Float32Array(10).fill(0.5), new Float32Array(10).fill(-0.5)];
    expect(magnitudePrune(tied, 0.35).tensors.flatMap((t) => [...t]).filter((v) => v === 0)).toHaveLength(7);
  });

  it('does not change the input and rejects a sparsity outside 0 … 1', () => {
    const copy = tensors.map((t) => Float32Array.from(t));
    magnitudePrune(tensors, 0.9);
    expect(tensors).toEqual(copy);
    expect(() => prunedCount(10, 1.5)).toThrow(/between 0 and 1/);
  });
});

import { describe, expect, it } from 'vitest';
import { mulberry32, streamSeed } from '@/lib/random/prng';
import { SHAPES, batchShape, channelValues, drawBatch, drawStandardised, valuesPerChannel, type BatchSpec } from '@/lib/batchNorm/syntheticBatch';

const spec: BatchSpec = { layer: 'conv', batchSize: 8, shape: 'normal', mean: [3, -1], spread: [2, 0.5], seed: 7, index: 0 };

function moments(xs: number[]) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
  return { mean, variance };
}

describe('seeded random numbers', () => {
  it('repeat for a seed and differ between seeds and streams', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    expect(streamSeed(1, 0)).not.toBe(streamSeed(1, 1));
    expect(streamSeed(1, 0)).not.toBe(streamSeed(2, 0));
  });
  it('are uniform on [0, 1): mean 1/2, variance 1/12', () => {
    const u = mulberry32(3);
    const xs = Array.from({ length: 100_000 }, u);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const { mean, variance } = moments(xs);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });
});

describe('standardised shapes', () => {
  it.each(SHAPES)('%s has population mean 0 and variance 1', (shape) => {
    const u = mulberry32(11);
    const { mean, variance } = moments(Array.from({ length: 200_000 }, () => drawStandardised(shape, u)));
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });
  it('keeps each shape recognisable: bounds, skew, two bumps', () => {
    const u = mulberry32(5);
    const draw = (shape: (typeof SHAPES)[number]) => Array.from({ length: 50_000 }, () => drawStandardised(shape, u));
    const uniform = draw('uniform');
    expect(Math.max(...uniform.map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(3));
    const skewed = draw('skewed');
    expect(Math.min(...skewed)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...skewed)).toBeGreaterThan(5); // a long right tail
    const bimodal = draw('bimodal');
    const nearZero = bimodal.filter((z) => Math.abs(z) < 0.2).length;
    const nearBump = bimodal.filter((z) => Math.abs(z - 0.9) < 0.2).length;
    expect(nearBump).toBeGreaterThan(2 * nearZero);
  });
});

describe('drawBatch', () => {
  it('lays out [N, C, 4, 4] after a convolution and [N, C] after a fully connected layer', () => {
    expect(batchShape(spec)).toEqual([8, 2, 4, 4]);
    expect(drawBatch(spec)).toHaveLength(8 * 2 * 16);
    expect(batchShape({ ...spec, layer: 'fc' })).toEqual([8, 2]);
    expect(drawBatch({ ...spec, layer: 'fc' })).toHaveLength(16);
    expect(valuesPerChannel('conv', 8)).toBe(128);
    expect(valuesPerChannel('fc', 8)).toBe(8);
  });
  it('is the same for the same seed and index, and new for the next index', () => {
    expect(drawBatch(spec)).toEqual(drawBatch({ ...spec }));
    expect(drawBatch({ ...spec, index: 1 })).not.toEqual(drawBatch(spec));
  });
  it('moves the same points when the mean or spread slider moves', () => {
    const a = channelValues(drawBatch(spec), [8, 2, 4, 4], 0);
    const b = channelValues(drawBatch({ ...spec, mean: [4.5, -1], spread: [4, 0.5] }), [8, 2, 4, 4], 0);
    a.forEach((x, i) => expect(b[i]).toBeCloseTo(4.5 + 2 * (x - 3), 4));
    // The other channel is untouched.
    expect(channelValues(drawBatch({ ...spec, mean: [4.5, -1] }), [8, 2, 4, 4], 1)).toEqual(channelValues(drawBatch(spec), [8, 2, 4, 4], 1));
  });
  it('keeps sample n when the batch grows', () => {
    const small = drawBatch({ ...spec, batchSize: 2 });
    expect(Array.from(drawBatch({ ...spec, batchSize: 64 }).slice(0, small.length))).toEqual(Array.from(small));
  });
  it('draws each channel around its own mean and spread', () => {
    const big = { ...spec, batchSize: 64 };
    const x = drawBatch(big);
    for (const c of [0, 1]) {
      const { mean, variance } = moments(channelValues(x, batchShape(big), c));
      expect(Math.abs(mean - spec.mean[c])).toBeLessThan(4 * spec.spread[c] / Math.sqrt(1024));
      expect(Math.sqrt(variance) / spec.spread[c]).toBeGreaterThan(0.9);
      expect(Math.sqrt(variance) / spec.spread[c]).toBeLessThan(1.1);
    }
  });
});

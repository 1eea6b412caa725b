import { describe, expect, it } from 'vitest';
import { histogram, niceDomain, niceStep, summarise } from '@/lib/batchNorm/histogram';

describe('histogram', () => {
  it('counts every value once, in equal-width bins, the top edge in the last bin', () => {
    const h = histogram([0, 0.5, 0.99, 1, 3.5, 4], 0, 4, 4);
    expect(h.counts).toEqual([3, 1, 0, 2]);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(6);
  });
  it('puts values outside the range into the end bins rather than dropping them', () => {
    expect(histogram([-10, 10], 0, 1, 2).counts).toEqual([1, 1]);
  });
});

describe('nice axes', () => {
  it('steps are 1, 2 or 5 times a power of ten, rounded up from span / 6', () => {
    expect(niceStep(10)).toBe(2);
    expect(niceStep(0.3)).toBe(0.05);
    expect(niceStep(700)).toBe(200); // 700 / 6 ≈ 117 rounds up to 200
  });
  it('widens a range to whole steps and gives a zero-width range some width', () => {
    expect(niceDomain(-2.3, 7.9)).toEqual([-4, 8]);
    const [lo, hi] = niceDomain(1, 1);
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(1);
  });
});

describe('summarise', () => {
  it('gives the mean, population standard deviation and extremes', () => {
    expect(summarise([1, 2, 3, 4])).toEqual({ mean: 2.5, sd: Math.sqrt(1.25), min: 1, max: 4 });
  });
});

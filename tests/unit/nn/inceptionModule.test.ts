/**
 * The Inception module's cost against closed forms written out here: MACs = H·W·C_out·k²·C_in per
 * convolution, parameters = (k²·C_in + 1)·C_out, and the figures the lesson's issue quotes.
 */
import { describe, expect, it } from 'vitest';
import { factorise, inceptionModuleCost, type InceptionModuleSpec } from '@/lib/nn/inceptionModule';

const macs = (hw: number, k: number, cin: number, cout: number) => hw * hw * cout * k * k * cin;
const params = (k: number, cin: number, cout: number) => (k * k * cin + 1) * cout;
const cs231n: InceptionModuleSpec = { h: 28, w: 28, cin: 256, c1: 128, c3r: 64, c3: 192, c5r: 64, c5: 96, proj: 64, reduce: false };

describe('inceptionModuleCost', () => {
  it('counts the naive CS231n module: 854,196,224 multiplies, output 28 × 28 × 672', () => {
    const r = inceptionModuleCost(cs231n);
    expect(r.macs).toBe(macs(28, 1, 256, 128) + macs(28, 3, 256, 192) + macs(28, 5, 256, 96));
    expect(r.macs).toBe(854_196_224);
    expect(r.branches.map((b) => b.macs)).toEqual([25_690_112, 346_816_512, 481_689_600, 0]);
    expect(r.params).toBe(params(1, 256, 128) + params(3, 256, 192) + params(5, 256, 96));
    // The pool branch passes all 256 input channels through: the output grows.
    expect(r.outShape).toEqual([28, 28, 128 + 192 + 96 + 256]);
  });

  it('counts the module with 1×1 reductions: its terms sum to 271,351,808, not 358M', () => {
    const r = inceptionModuleCost({ ...cs231n, reduce: true });
    const terms = [macs(28, 1, 256, 128), macs(28, 1, 256, 64), macs(28, 3, 64, 192), macs(28, 1, 256, 64), macs(28, 5, 64, 96), macs(28, 1, 256, 64)];
    expect(r.macs).toBe(terms.reduce((a, b) => a + b, 0));
    expect(r.macs).toBe(271_351_808);
    expect(r.outShape).toEqual([28, 28, 480]);
    expect(r.branches.map((b) => b.out)).toEqual([128, 192, 96, 64]);
  });

  it("reduces the 5×5 branch of GoogLeNet's inception3a from 120,422,400 to 12,443,648 multiplies", () => {
    const spec = { h: 28, w: 28, cin: 192, c1: 64, c3r: 96, c3: 128, c5r: 16, c5: 32, proj: 32 };
    const naive = inceptionModuleCost({ ...spec, reduce: false }).branches[2];
    const reduced = inceptionModuleCost({ ...spec, reduce: true }).branches[2];
    expect(naive.macs).toBe(28 * 28 * 32 * 25 * 192);
    expect(naive.macs).toBe(120_422_400);
    expect(reduced.macs).toBe(28 * 28 * 16 * 192 + 28 * 28 * 32 * 25 * 16);
    expect(reduced.macs).toBe(12_443_648);
    expect(reduced.params).toBe(params(1, 192, 16) + params(5, 16, 32));
    expect(inceptionModuleCost({ ...spec, reduce: true }).outShape).toEqual([28, 28, 256]);
  });

  it('keeps H × W for any size (same padding) and scales MACs with the area', () => {
    const a = inceptionModuleCost({ ...cs231n, h: 7, w: 9, reduce: true });
    const b = inceptionModuleCost({ ...cs231n, h: 14, w: 18, reduce: true });
    expect(a.outShape.slice(0, 2)).toEqual([7, 9]);
    expect(b.macs).toBe(4 * a.macs);
    expect(b.params).toBe(a.params);
  });
});

describe('factorise', () => {
  it('replaces 5×5 by two 3×3 (25 → 18, 28%) and n×n by 1×n + n×1', () => {
    const f5 = factorise(5);
    expect([f5.full, f5.stacked3?.weights, f5.stacked3?.layers]).toEqual([25, 18, 2]);
    expect(Math.round(100 * f5.stacked3!.saving)).toBe(28);
    const f3 = factorise(3);
    expect([f3.full, f3.asymmetric]).toEqual([9, 6]);
    expect(Math.round(100 * f3.asymmetricSaving)).toBe(33);
    const f7 = factorise(7);
    expect([f7.full, f7.asymmetric, f7.stacked3?.weights]).toEqual([49, 14, 27]);
    expect(factorise(4).stacked3).toBeNull();
  });
});

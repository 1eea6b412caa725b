/**
 * Depthwise separable and inverted-residual costs against closed forms written out here, and
 * against the architecture catalogue's rows for MobileNet v1 and v2 (computed from their layers).
 */
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '@/lib/nn/catalogue';
import { invertedResidualCost, separableCost } from '@/lib/lightweight/separable';
import { schema, stateError } from '@/components/widgets/DepthwiseSeparableCost/state';
import { numberMessage } from '@/components/widgets/DepthwiseSeparableCost/strings';

const row = (id: string, name: string) => {
  const r = analyseNetwork(id).rows.find((x) => x.name === name);
  if (!r) throw new Error(name);
  return r;
};

describe('separableCost', () => {
  it('counts each part by hand for a small case', () => {
    const c = separableCost({ df: 4, m: 2, n: 3, dk: 3 });
    expect(c.standard).toEqual({ params: 54, mults: 54 * 16 });
    expect(c.depthwise).toEqual({ params: 18, mults: 18 * 16 });
    expect(c.pointwise).toEqual({ params: 6, mults: 6 * 16 });
    expect(c.ratio).toBeCloseTo(24 / 54, 15);
  });
  it('the counted ratio equals 1/N + 1/D_k² for many sizes', () => {
    for (const [df, m, n, dk] of [[14, 512, 512, 3], [7, 3, 1, 5], [112, 32, 64, 3], [1, 1, 1, 1]])
      expect(separableCost({ df, m, n, dk }).ratio).toBeCloseTo(1 / n + 1 / (dk * dk), 14);
  });
  it("matches MobileNet v1's block 7 in the catalogue (14 × 14, 512 → 512)", () => {
    const c = separableCost({ df: 14, m: 512, n: 512, dk: 3 });
    expect(row('mobilenet_v1', 'block7.conv_dw').params).toBe(c.depthwise.params);
    expect(row('mobilenet_v1', 'block7.conv_dw').macs).toBe(c.depthwise.mults);
    expect(row('mobilenet_v1', 'block7.conv_pw').params).toBe(c.pointwise.params);
    expect(row('mobilenet_v1', 'block7.conv_pw').macs).toBe(c.pointwise.mults);
  });
});

describe('invertedResidualCost', () => {
  it("matches MobileNet v2's features.3 (56 × 56, 24 → 144 → 24) in the catalogue", () => {
    const c = invertedResidualCost({ df: 56, cin: 24, cout: 24, t: 6, dk: 3 });
    expect(c.hidden).toBe(144);
    expect(c.expand.params).toBe(row('mobilenet_v2', 'features.3.conv.0.conv').params);
    expect(c.depthwise.params).toBe(row('mobilenet_v2', 'features.3.conv.1.conv').params);
    expect(c.project.params).toBe(row('mobilenet_v2', 'features.3.conv.2').params);
    expect(c.expand.mults + c.depthwise.mults + c.project.mults).toBe(
      ['features.3.conv.0.conv', 'features.3.conv.1.conv', 'features.3.conv.2'].reduce((s, n) => s + row('mobilenet_v2', n).macs, 0),
    );
  });
  it('with t = 1 there is no expansion', () => {
    const c = invertedResidualCost({ df: 112, cin: 32, cout: 16, t: 1, dk: 3 });
    expect(c.expand.params).toBe(0);
    expect(c.depthwise.params).toBe(9 * 32);
    expect(c.project.params).toBe(32 * 16);
  });
});

describe('DepthwiseSeparableCost state', () => {
  it('explains out-of-range and missing numbers and rejects bad links', () => {
    expect(stateError({ df: 14, m: 0, n: 8, dk: 3, t: 6 })?.field).toBe('m');
    expect(numberMessage(stateError({ df: Number.NaN, m: 8, n: 8, dk: 3, t: 6 })!.issue)).toMatch(/Map side D_F is empty or not a number/);
    expect(schema.parse({ dk: 2.5 }).issues).not.toEqual([]);
    expect(schema.parse('x').issues).not.toEqual([]);
    expect(schema.parse({ n: 64 })).toEqual({ state: { ...schema.defaults, n: 64 }, issues: [] });
  });
});

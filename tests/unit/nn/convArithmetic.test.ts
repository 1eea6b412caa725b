import { describe, expect, it } from 'vitest';
import {
  convMacs,
  convOutputShape,
  convOutputSize,
  convParams,
  describeConvCost,
  fcMacs,
  fcParams,
  type ConvLayer,
} from '@/lib/nn/convArithmetic';

// AlexNet's first layer as the notes and CS231n describe it: 227×227×3, 96 kernels 11×11, stride 4.
const alexConv1: ConvLayer = { inH: 227, inW: 227, cin: 3, cout: 96, kh: 11, kw: 11, stride: 4, padding: 0 };

describe('AlexNet conv1 (227×227×3 → 55×55×96)', () => {
  it('has a 55×55×96 output, exactly', () => {
    expect(convOutputShape(alexConv1)).toEqual({ ok: true, shape: [96, 55, 55], exact: true });
  });
  it('has (11·11·3+1)·96 = 34,944 parameters, 34,848 without biases (the notes’ “35K”)', () => {
    expect(convParams(alexConv1)).toBe(34_944);
    expect(convParams({ ...alexConv1, bias: false })).toBe(34_848);
  });
  it('does 55·55·96·363 = 105,415,200 multiply-accumulates', () => {
    expect(convMacs(alexConv1)).toBe(105_415_200);
  });
});

describe('output size (n + 2p − f)/s + 1', () => {
  it('keeps the size for a VGG-style 3×3 kernel with padding 1 and stride 1', () => {
    for (const n of [224, 112, 56, 28, 14, 7]) {
      expect(convOutputSize({ n, f: 3, p: 1, s: 1 })).toMatchObject({ ok: true, size: n, exact: true });
    }
  });
  it('reproduces the notes’ N=7, F=3 examples: stride 1 → 5, 2 → 3, 3 → 2.33 floored to 2', () => {
    expect(convOutputSize({ n: 7, f: 3, p: 0, s: 1 })).toMatchObject({ size: 5, exact: true });
    expect(convOutputSize({ n: 7, f: 3, p: 0, s: 2 })).toMatchObject({ size: 3, exact: true });
    expect(convOutputSize({ n: 7, f: 3, p: 0, s: 3 })).toMatchObject({ size: 2, exact: false, leftover: 1 });
  });
  it('floors a fractional result: 224 with f=11, s=4, p=0 is 54.25 → 54, one column never read', () => {
    expect(convOutputSize({ n: 224, f: 11, p: 0, s: 4 })).toEqual({ ok: true, size: 54, exact: false, effectiveKernel: 11, leftover: 1 });
  });
  it('handles dilation: a 3×3 kernel with dilation 2 covers 5 inputs', () => {
    expect(convOutputSize({ n: 7, f: 3, p: 0, s: 1, d: 2 })).toMatchObject({ ok: true, size: 3, effectiveKernel: 5 });
  });
});

describe('impossible combinations give a message, not a number', () => {
  it.each([
    [{ n: 5, f: 7, p: 0, s: 1 }, /larger than the padded input \(5\)/],
    [{ n: 5, f: 3, p: 0, s: 0 }, /stride must be at least 1/],
    [{ n: 5, f: 3, p: -1, s: 1 }, /padding must be at least 0/],
    [{ n: 5.5, f: 3, p: 0, s: 1 }, /input size must be a whole number/],
    [{ n: 0, f: 3, p: 0, s: 1 }, /input size must be at least 1/],
    [{ n: 5, f: 3, p: 0, s: 1, d: 0 }, /dilation must be at least 1/],
  ])('%o', (geometry, message) => {
    const r = convOutputSize(geometry);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
  it('a kernel that fits only thanks to padding is accepted', () => {
    expect(convOutputSize({ n: 5, f: 7, p: 1, s: 1 })).toMatchObject({ ok: true, size: 1 });
  });
  it('rejects channel counts that the groups do not divide', () => {
    expect(convOutputShape({ ...alexConv1, groups: 5 })).toMatchObject({ ok: false });
  });
  it('convMacs of an impossible layer is NaN, never a plausible number', () => {
    expect(convMacs({ ...alexConv1, kh: 300, kw: 300 })).toBeNaN();
  });
});

describe('fully connected layers', () => {
  it('count nIn·nOut weights plus nOut biases', () => {
    expect(fcParams(400, 120)).toBe(48_120);
    expect(fcParams(400, 120, false)).toBe(48_000);
    expect(fcMacs(400, 120)).toBe(48_000);
  });
  it('mapping 227×227×3 to 55×55×96 outputs would need 154,587·290,400 weights', () => {
    expect(227 * 227 * 3).toBe(154_587);
    expect(55 * 55 * 96).toBe(290_400);
    expect(fcMacs(154_587, 290_400)).toBe(44_892_064_800);
    expect(fcParams(154_587, 290_400)).toBe(44_892_064_800 + 290_400);
  });
});

describe('describeConvCost', () => {
  it('gives everything the counter shows for AlexNet conv1', () => {
    const r = describeConvCost(alexConv1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.outH, r.outW, r.cout]).toEqual([55, 55, 96]);
    expect(r.axisH).toMatchObject({ n: 227, f: 11, p: 0, s: 4, raw: 55, exact: true, leftover: 0 });
    expect(r.weightsPerKernel).toBe(363);
    expect(r.params).toBe(34_944);
    expect(r.macs).toBe(105_415_200);
    expect(r.fc).toEqual({ inputs: 154_587, outputs: 290_400, params: 44_892_355_200, macs: 44_892_064_800 });
    // The fully connected layer needs about 1.28 million times the parameters, 426 times the MACs.
    expect(Math.round(r.paramRatio)).toBe(1_284_694);
    expect(r.macRatio).toBeCloseTo(425.86, 2);
  });
  it('reports a non-whole axis with the value before flooring', () => {
    const r = describeConvCost({ ...alexConv1, inH: 224, inW: 224 });
    expect(r.ok && r.axisH).toMatchObject({ raw: 54.25, size: 54, exact: false, leftover: 1 });
  });
  it('handles rectangular inputs and bias off', () => {
    const r = describeConvCost({ inH: 32, inW: 64, cin: 3, cout: 8, kh: 3, kw: 3, stride: 2, padding: 1, bias: false });
    expect(r.ok && [r.outH, r.outW, r.params, r.fc.params]).toEqual([16, 32, 216, 6144 * 4096]);
  });
  it.each([
    [{ stride: 0 }, 'stride', /stride must be at least 1/],
    [{ padding: -1 }, 'padding', /padding must be at least 0/],
    [{ inH: 2.5 }, 'inH', /input height must be a whole number/],
    [{ cin: Number.NaN }, 'cin', /missing or not a number/],
    [{ cout: 0 }, 'cout', /number of kernels/],
    [{ inW: 5, kw: 11 }, 'kw', /larger than the padded input \(5\)/],
  ] as const)('rejects %o naming the field', (patch, field, message) => {
    const r = describeConvCost({ ...alexConv1, ...patch });
    expect(r).toMatchObject({ ok: false, field });
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

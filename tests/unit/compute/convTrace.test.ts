/**
 * The convolution trace: its output is PyTorch's (golden conv2d cases), its columns are
 * torch's unfold (golden im2col cases), its intermediate numbers add up, the window helpers
 * point at the cells the columns hold, and impossible settings are refused in words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conv2dForward, convolutionTrace, inputCellOf, ready, tf, windowBounds, windowCells, cellOfColumnRow, columnRowOf,
  rowColOfWindow, type ConvSpec,
} from '@/lib/compute';
import { builtinGoldenDir, compareTensor, loadGoldenDir, type GoldenCase } from './golden-helpers';

beforeAll(ready);

const cases = loadGoldenDir(builtinGoldenDir).flatMap((e) => ('case' in e ? [e.case] : []));
const byOp = (op: string) => cases.filter((c) => c.op === op);
const scalar = (v: unknown) => (Array.isArray(v) ? (v[0] === v[1] ? (v[0] as number) : NaN) : (v as number));

/** A seeded generator, so a failure can be reproduced. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

function randomSpec(seed: number, c: number, h: number, w: number, o: number, k: number, stride: number, padding: number, dilation: number): ConvSpec {
  const rand = seeded(seed);
  const fill = (n: number) => Float32Array.from({ length: n }, rand);
  return {
    input: fill(c * h * w), inputShape: [c, h, w],
    kernels: fill(o * c * k * k), kernelShape: [o, c, k, k],
    bias: fill(o), stride, padding, dilation,
  };
}

describe('convolutionTrace against PyTorch', () => {
  const convCases = byOp('conv2d').filter((c) => (c.attrs.groups ?? 1) === 1);

  it('has the groups=1 conv2d golden cases to check', () => {
    expect(convCases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['conv2d_basic', 'conv2d_pad1', 'conv2d_stride2', 'conv2d_dilation2']),
    );
  });

  for (const c of convCases) {
    it(`output of the first image equals ${c.name}`, () => {
      const [, ch, h, w] = c.inputs.x.shape;
      const [o] = c.inputs.w.shape;
      const spec: ConvSpec = {
        input: c.inputs.x.data.slice(0, ch * h * w), inputShape: [ch, h, w],
        kernels: c.inputs.w.data, kernelShape: c.inputs.w.shape as [number, number, number, number],
        bias: c.inputs.b?.data,
        stride: scalar(c.attrs.stride), padding: scalar(c.attrs.padding), dilation: scalar(c.attrs.dilation),
      };
      const t = convolutionTrace(spec);
      const [, , oh, ow] = c.outputs.y.shape;
      const want = { shape: [o, oh, ow], data: c.outputs.y.data.slice(0, o * oh * ow) };
      expect(compareTensor('output', { shape: [t.outChannels, t.outH, t.outW], data: t.output }, want, c.tolerance)).toEqual([]);
      expect(compareTensor('conv2dForward', { shape: [o, oh, ow], data: conv2dForward(spec).output }, want, c.tolerance)).toEqual([]);
    });
  }

  for (const c of byOp('im2col') as GoldenCase[]) {
    it(`columns equal ${c.name}`, () => {
      const [ch, h, w] = c.inputs.x.shape;
      const [kh, kw] = c.attrs.kernel as [number, number];
      const t = convolutionTrace({
        input: c.inputs.x.data, inputShape: [ch, h, w],
        kernels: new Float32Array(ch * kh * kw), kernelShape: [1, ch, kh, kw],
        stride: scalar(c.attrs.stride), padding: scalar(c.attrs.padding), dilation: scalar(c.attrs.dilation),
      });
      const cols = { shape: [ch * kh * kw, t.outH * t.outW], data: t.columns };
      expect(compareTensor('columns', cols, c.outputs.cols, c.tolerance)).toEqual([]);
    });
  }
});

describe('convolutionTrace is internally consistent', () => {
  for (const [label, spec] of [
    ['3 channels, 2 kernels, stride 2, padding 1', randomSpec(1, 3, 8, 8, 2, 3, 2, 1, 1)],
    ['2 channels, 3 kernels, dilation 2, stride 2, padding 2', randomSpec(2, 2, 9, 7, 3, 3, 2, 2, 2)],
  ] as const) {
    it(label, () => {
      const t = convolutionTrace(spec);
      const { outChannels: o, inChannels: c } = t;
      const p = t.outH * t.outW;
      const k = c * t.kh * t.kw;
      expect([t.columns.length, t.products.length, t.channelSums.length, t.sums.length, t.output.length]).toEqual([k * p, o * p * k, o * p * c, o * p, o * p]);
      expect(Array.from(t.kernelRows)).toEqual(Array.from(Float32Array.from(spec.kernels)));
      for (let oi = 0; oi < o; oi++) {
        for (let pi = 0; pi < p; pi++) {
          let total = 0;
          let channelTotal = 0;
          for (let ki = 0; ki < k; ki++) {
            const prod = t.products[(oi * p + pi) * k + ki];
            expect(prod).toBe(Math.fround(t.kernelRows[oi * k + ki] * t.columns[ki * p + pi]));
            total += prod;
          }
          for (let ci = 0; ci < c; ci++) channelTotal += t.channelSums[(oi * p + pi) * c + ci];
          const sum = t.sums[oi * p + pi];
          expect(Math.abs(total - sum)).toBeLessThan(1e-5);
          expect(Math.abs(channelTotal - sum)).toBeLessThan(1e-5);
          expect(t.output[oi * p + pi]).toBe(Math.fround(sum + t.bias[oi]));
        }
      }
    });
  }

  it('window helpers point at the cells each column holds (0 on padding cells)', () => {
    const spec = randomSpec(3, 2, 6, 5, 1, 3, 2, 2, 2);
    const t = convolutionTrace(spec);
    const p = t.outH * t.outW;
    let paddingCells = 0;
    for (let pi = 0; pi < p; pi++) {
      const cells = windowCells(t, pi);
      expect(cells).toHaveLength(t.kh * t.kw);
      for (let ci = 0; ci < t.inChannels; ci++) {
        for (const cell of cells) {
          const k = columnRowOf(t, ci, cell.i, cell.j);
          expect(cellOfColumnRow(t, k)).toEqual({ c: ci, i: cell.i, j: cell.j });
          const want = cell.isPadding ? 0 : Math.fround(spec.input[(ci * t.inH + cell.row) * t.inW + cell.col]);
          if (cell.isPadding) paddingCells++;
          expect(t.columns[k * p + pi]).toBe(want);
        }
      }
    }
    expect(paddingCells).toBeGreaterThan(0);
    const last = p - 1;
    expect(rowColOfWindow(t, last)).toEqual({ row: t.outH - 1, col: t.outW - 1 });
    expect(windowBounds(t, 0)).toEqual({ top: -2, left: -2, bottom: 2, right: 2 });
    expect(inputCellOf(t, 1, 0, 0)).toEqual({ row: -2, col: 0, isPadding: true });
  });

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    convolutionTrace(randomSpec(4, 3, 10, 10, 4, 3, 1, 1, 1));
    conv2dForward(randomSpec(4, 3, 10, 10, 4, 3, 1, 1, 1));
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('convolutionTrace refuses impossible settings with a readable message', () => {
  const ok = randomSpec(5, 1, 5, 5, 1, 3, 1, 0, 1);
  const cases: [string, Partial<ConvSpec>, RegExp][] = [
    ['a kernel larger than the padded input', { kernels: new Float32Array(49), kernelShape: [1, 1, 7, 7] }, /kernel \(7 wide\) is larger than the padded input \(5\)/],
    ['a dilated kernel larger than the padded input', { dilation: 3 }, /kernel \(7 wide after dilation\) is larger than the padded input \(5\)/],
    ['stride 0', { stride: 0 }, /stride must be at least 1 \(got 0\)/],
    ['a fractional stride', { stride: 1.5 }, /stride must be a whole number \(got 1.5\)/],
    ['negative padding', { padding: -1 }, /padding must be at least 0 \(got -1\)/],
    ['a channel mismatch', { kernels: new Float32Array(18), kernelShape: [1, 2, 3, 3] }, /kernel has 2 channels but the input has 1/],
    ['too few input values', { input: new Float32Array(24) }, /input should hold 1×5×5 = 25 values \(got 24\)/],
    ['too many kernel values', { kernels: new Float32Array(10) }, /kernels should hold 1×1×3×3 = 9 values \(got 10\)/],
    ['a bias of the wrong length', { bias: [1, 2] }, /one bias per kernel, 1 in all \(got 2\)/],
    ['a non-integer shape', { inputShape: [1, 5, 5.5] }, /input shape must be three whole numbers/],
    ['a NaN in the input', { input: Float32Array.from({ length: 25 }, (_, i) => (i === 7 ? NaN : 0)) }, /not a finite number \(NaN at index 7\)/],
  ];
  for (const [label, patch, message] of cases) {
    it(label, () => {
      const before = tf.memory().numTensors;
      expect(() => convolutionTrace({ ...ok, ...patch })).toThrow(message);
      expect(() => conv2dForward({ ...ok, ...patch })).toThrow(message);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('a trace too large to show', () => {
    expect(() => convolutionTrace(randomSpec(6, 3, 224, 224, 64, 3, 1, 1, 1))).toThrow(/too many to trace/);
  });
});

/**
 * The effective receptive field: the gradient of one output unit with respect to the input.
 * Checked against (1) the same gradient through the whole padded input with the golden-tested
 * conv2d and pooling ops, (2) path counts of all-ones stacks computed here by hand in 1-D, and
 * (3) the closed forms of the theoretical field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { avgPool2d, conv2d, drawStack, effectiveReceptiveField, maxPool2d, ready, tf } from '@/lib/compute';
import type { ChainLayer } from '@/lib/nn/layerChain';
import { fieldSpread, shareSquare } from '@/lib/nn/fieldSpread';

beforeAll(ready);

const conv = (kernel: number, stride = 1, padding = 0, dilation = 1): ChainLayer => ({ kind: 'conv', kernel, stride, padding, dilation });
const pool = (kind: 'max' | 'avg', kernel: number, stride = kernel, padding = 0): ChainLayer => ({ kind, kernel, stride, padding, dilation: 1 });
const c3 = conv(3, 1, 1);

/** The same gradient the plain way: every layer over its whole padded input, then tf.grad. */
function fullGradient(side: number, layers: ChainLayer[], channels: number, relu: boolean, unit: [number, number], seed: number): Float32Array {
  const draw = drawStack(side, layers, channels, 'random', seed);
  return tf.tidy(() => {
    const x = tf.tensor4d(draw.input, [1, channels, side, side]);
    const f = (input: tf.Tensor) => {
      let h = input as tf.Tensor4D;
      layers.forEach((l, i) => {
        const k = draw.kernels[i];
        const opts = { kernel: l.kernel, stride: l.stride, padding: l.padding };
        h = k
          ? conv2d(h, tf.tensor4d(k, [channels, channels, l.kernel, l.kernel]), undefined, { stride: l.stride, padding: l.padding, dilation: l.dilation })
          : l.kind === 'max' ? maxPool2d(h, opts) : avgPool2d(h, opts);
        if (relu && i < layers.length - 1) h = tf.relu(h);
      });
      return tf.sum(tf.slice(h, [0, 0, unit[0], unit[1]], [1, 1, 1, 1]));
    };
    return tf.sum(tf.abs(tf.grad(f)(x)), [0, 1]).dataSync() as Float32Array;
  });
}

/**
 * 1-D path counts of an all-ones chain: how many ways input cell i reaches output cell `unit`
 * (an average pool divides by its window), by pushing a one-hot gradient back layer by layer.
 */
function pathCounts1d(side: number, layers: ChainLayer[], unit: number): number[] {
  const sizes = [side];
  for (const l of layers) sizes.push(Math.floor((sizes.at(-1)! + 2 * l.padding - l.dilation * (l.kernel - 1) - 1) / l.stride) + 1);
  let grad: number[] = Array.from({ length: sizes.at(-1)! }, (_, i) => (i === unit ? 1 : 0));
  for (let m = layers.length - 1; m >= 0; m--) {
    const l = layers[m];
    const back = new Array<number>(sizes[m]).fill(0);
    grad.forEach((g, o) => {
      for (let t = 0; t < l.kernel; t++) {
        const i = o * l.stride - l.padding + t * l.dilation;
        if (i >= 0 && i < sizes[m]) back[i] += g * (l.kind === 'avg' ? 1 / l.kernel : 1);
      }
    });
    grad = back;
  }
  return grad;
}

const at = (m: Float32Array, side: number, r: number, c: number) => m[r * side + c];

describe('effectiveReceptiveField', () => {
  it('equals the gradient through the whole padded input (stride, pooling, dilation, ReLU, border units)', () => {
    const cases: [string, number, ChainLayer[], boolean, [number, number]][] = [
      ['three 3×3, ReLU, centre', 15, [c3, c3, c3], true, [7, 7]],
      ['three 3×3, ReLU, corner', 15, [c3, c3, c3], true, [0, 0]],
      ['conv, max pool, conv', 16, [c3, pool('max', 2), c3], true, [3, 7]],
      ['max pool with padding first', 13, [pool('max', 3, 2, 1), conv(3, 2, 1)], true, [0, 3]],
      ['avg pool, strided and dilated convs', 20, [conv(5, 2, 2), pool('avg', 2), conv(3, 1, 2, 2)], false, [4, 0]],
      ['unpadded convs', 12, [conv(3), conv(3, 2)], true, [1, 3]],
    ];
    for (const [name, side, layers, relu, unit] of cases) {
      const fast = effectiveReceptiveField({ side, layers, channels: 3, relu, unit, seed: 5 });
      const full = fullGradient(side, layers, 3, relu, unit, 5);
      const scale = Math.max(...full);
      expect(scale, name).toBeGreaterThan(0);
      fast.magnitude.forEach((v, i) => expect(Math.abs(v - full[i]), `${name}, cell ${i}`).toBeLessThan(1e-5 * scale + 1e-7));
    }
  });

  it('is non-zero exactly on the theoretical field for a linear stack', () => {
    // Three 3×3 convolutions, padding 1: 1 + 3·(3 − 1) = 7 cells, centred on the unit.
    const side = 15;
    const { magnitude } = effectiveReceptiveField({ side, layers: [c3, c3, c3], channels: 2, seed: 3, unit: [7, 9] });
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const inside = r >= 4 && r <= 10 && c >= 6 && c <= 12;
        expect(at(magnitude, side, r, c) > 0, `cell ${r},${c}`).toBe(inside);
      }
    }
  });

  it('leaves the holes of a dilated kernel: a 3×3 with dilation 2 touches 9 cells of its 5×5 field', () => {
    const side = 9;
    const { magnitude } = effectiveReceptiveField({ side, layers: [conv(3, 1, 2, 2)], seed: 2, unit: [4, 4] });
    const touched = [...magnitude.keys()].filter((i) => magnitude[i] > 0).map((i) => [Math.floor(i / side), i % side]);
    expect(touched).toEqual([2, 4, 6].flatMap((r) => [2, 4, 6].map((c) => [r, c])));
  });

  it('counts paths in an all-ones stack: the product of the 1-D counts, times C per conv layer', () => {
    const cases: [number, ChainLayer[], [number, number], number][] = [
      [11, [c3, c3, c3], [5, 5], 2],
      [11, [c3, c3], [0, 4], 3],
      [16, [c3, pool('avg', 2), c3], [3, 0], 2],
      [17, [conv(5, 2, 2), conv(3, 1, 1)], [4, 8], 1],
    ];
    for (const [side, layers, unit, channels] of cases) {
      const { magnitude } = effectiveReceptiveField({ side, layers, channels, init: 'ones', unit });
      const rows = pathCounts1d(side, layers, unit[0]);
      const cols = pathCounts1d(side, layers, unit[1]);
      // Each conv sums its C input channels; the gradient is summed over the C input channels.
      const factor = channels ** layers.filter((l) => l.kind === 'conv').length;
      for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) expect(at(magnitude, side, r, c)).toBeCloseTo(factor * rows[r] * cols[c], 4);
    }
  });

  it('gives the trinomial counts 1, 3, 6, 7, 6, 3, 1 for three all-ones 3×3 layers', () => {
    const side = 9;
    const { magnitude } = effectiveReceptiveField({ side, layers: [c3, c3, c3], init: 'ones' });
    const row = [1, 3, 6, 7, 6, 3, 1];
    for (let c = 0; c < 7; c++) expect(at(magnitude, side, 4, c + 1)).toBe(7 * row[c]);
  });

  it('is symmetric around a centred unit of a symmetric stack', () => {
    const side = 13;
    const { magnitude, unit } = effectiveReceptiveField({ side, layers: [c3, conv(3, 1, 2, 2), c3], channels: 2, init: 'ones' });
    expect(unit).toEqual([6, 6]);
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const v = at(magnitude, side, r, c);
        expect(at(magnitude, side, side - 1 - r, c)).toBe(v);
        expect(at(magnitude, side, r, side - 1 - c)).toBe(v);
        expect(at(magnitude, side, c, r)).toBe(v);
      }
    }
  });

  it('is narrower than the theoretical field: six all-ones 3×3 layers spread σ = √(6 · 2/3) = 2 cells over 13', () => {
    const side = 21;
    const layers = Array.from({ length: 6 }, () => c3);
    const ones = effectiveReceptiveField({ side, layers, init: 'ones' });
    const spread = fieldSpread(ones.magnitude, side);
    expect(spread.mean).toEqual([10, 10]);
    expect(spread.std[0]).toBeCloseTo(2, 6);
    expect(spread.std[1]).toBeCloseTo(2, 6);
    // Half the paths start in the central 5×5.
    expect(shareSquare(ones.magnitude, side, [10, 10], 0.5)).toBe(5);
    // Random weights with ReLU (averaged over draws) are also far from filling the field evenly:
    // a uniform spread over 13 cells would have σ = √((13² − 1)/12) ≈ 3.74.
    const random = effectiveReceptiveField({ side, layers, channels: 4, relu: true, samples: 16, seed: 11 });
    const r = fieldSpread(random.magnitude, side);
    expect(Math.max(...r.std)).toBeLessThan(0.75 * Math.sqrt((13 ** 2 - 1) / 12));
    expect(shareSquare(random.magnitude, side, [10, 10], 0.9)).toBeLessThan(13);
  });

  it('is reproducible from its seed, and a new seed draws new weights', () => {
    const opts = { side: 12, layers: [c3, pool('max', 2), c3], channels: 3, relu: true };
    const a = effectiveReceptiveField({ ...opts, seed: 4 }).magnitude;
    const b = effectiveReceptiveField({ ...opts, seed: 4 }).magnitude;
    const c = effectiveReceptiveField({ ...opts, seed: 5 }).magnitude;
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(Array.from(c)).not.toEqual(Array.from(a));
  });

  it('says why a stack cannot be computed', () => {
    expect(() => effectiveReceptiveField({ side: 4, layers: [conv(3), conv(3)] })).toThrow('Layer 2 does not fit its 2×2 input');
    expect(() => effectiveReceptiveField({ side: 8, layers: [c3], unit: [8, 0] })).toThrow('The output unit (8, 0) is outside the 8×8 output.');
    expect(() => effectiveReceptiveField({ side: 8, layers: [pool('max', 2, 2, 2)] })).toThrow(/at most 1 cell/);
  });

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) effectiveReceptiveField({ side: 16, layers: [c3, pool('max', 2), conv(3, 1, 1, 2)], channels: 2, relu: true, unit: [0, i % 6] });
    expect(tf.memory().numTensors).toBe(before);
  });
});

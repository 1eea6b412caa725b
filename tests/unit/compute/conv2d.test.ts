/**
 * conv2d and its gradients in the settings tfjs does not support natively (dilation with stride,
 * groups, non-square settings), against a direct loop reference.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2d, conv2dGradients, ready, tf } from '@/lib/compute';
import { convForwardRef, convGradRef, convOutShape, type ConvRef } from './reference';

beforeAll(ready);

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32 - 0.5);
}

function expectClose(got: ArrayLike<number>, want: ArrayLike<number>, label: string) {
  expect(got.length, `${label} length`).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (!(Math.abs(got[i] - want[i]) <= 1e-4 + 1e-4 * Math.abs(want[i]))) {
      throw new Error(`${label}[${i}]: got ${got[i]}, expected ${want[i]}`);
    }
  }
}

const settings: [string, Omit<ConvRef, 'x' | 'w' | 'b'>][] = [
  ['stride 2 with dilation 2 and padding 1', { xShape: [2, 3, 9, 9], wShape: [4, 3, 3, 3], stride: [2, 2], padding: [1, 1], dilation: [2, 2], groups: 1 }],
  ['2 groups, stride 2', { xShape: [1, 4, 7, 7], wShape: [6, 2, 3, 3], stride: [2, 2], padding: [1, 1], dilation: [1, 1], groups: 2 }],
  ['depthwise with multiplier 2, dilation 2, stride 3', { xShape: [1, 3, 10, 10], wShape: [6, 1, 3, 3], stride: [3, 3], padding: [2, 2], dilation: [2, 2], groups: 3 }],
  ['non-square kernel, stride, padding and dilation', { xShape: [1, 2, 8, 9], wShape: [3, 2, 2, 3], stride: [1, 2], padding: [0, 1], dilation: [3, 1], groups: 1 }],
];

describe('conv2d against a direct loop', () => {
  for (const [label, s] of settings) {
    it(label, () => {
      const rand = seeded(label.length);
      const fill = (n: number) => Float32Array.from({ length: n }, rand);
      const ref: ConvRef = { ...s, x: fill(s.xShape.reduce((a, b) => a * b)), w: fill(s.wShape.reduce((a, b) => a * b)), b: fill(s.wShape[0]) };
      const outShape = convOutShape(ref);
      const gyData = fill(outShape.reduce((a, b) => a * b));
      const before = tf.memory().numTensors;
      tf.tidy(() => {
        const x = tf.tensor4d(ref.x, s.xShape);
        const w = tf.tensor4d(ref.w, s.wShape);
        const b = tf.tensor1d(ref.b!);
        const opts = { stride: s.stride, padding: s.padding, dilation: s.dilation, groups: s.groups };
        const y = conv2d(x, w, b, opts);
        expect(y.shape).toEqual(outShape);
        expectClose(y.dataSync(), convForwardRef(ref), 'y');
        const g = conv2dGradients(x, w, b, tf.tensor4d(gyData, outShape), opts);
        const want = convGradRef(ref, gyData);
        expectClose(g.dx.dataSync(), want.dx, 'dx');
        expectClose(g.dw.dataSync(), want.dw, 'dw');
        expectClose(g.db!.dataSync(), want.db, 'db');
      });
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('refuses channels that do not fit the groups, in words', () => {
    const before = tf.memory().numTensors;
    tf.tidy(() => {
      const x = tf.zeros([1, 4, 5, 5]) as tf.Tensor4D;
      expect(() => conv2d(x, tf.zeros([3, 2, 3, 3]) as tf.Tensor4D, undefined, { groups: 2 })).toThrow(/must both be divisible by the 2 groups/);
      expect(() => conv2d(x, tf.zeros([2, 3, 3, 3]) as tf.Tensor4D)).toThrow(/Each kernel has 3 channels, but the input has 4/);
      expect(() => conv2d(x, tf.zeros([2, 4, 7, 7]) as tf.Tensor4D)).toThrow(/larger than the padded input/);
    });
    expect(tf.memory().numTensors).toBe(before);
  });
});

/**
 * Settings the golden files do not cover (dilation, groups, overlapping pools), checked against
 * the definitions: a transposed convolution is the gradient of a convolution with respect to its
 * input, and unpooling with max pooling's switches is max pooling's gradient.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conv2d, conv2dGradients, convTranspose2d, convTransposeOutputSize, maxPool2d, maxPool2dGradient, maxPool2dWithSwitches,
  maxUnpool2d, ready, tf,
} from '@/lib/compute';

beforeAll(ready);

const wave = (n: number, f: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * f) * 2);
const expectClose = (got: ArrayLike<number>, want: ArrayLike<number>, digits = 4) => {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], digits);
};

describe('convTranspose2d', () => {
  const cases = [
    { name: 'dilation 2', c: 2, o: 3, h: 7, k: 3, opts: { stride: 1, padding: 1, dilation: 2, groups: 1 } },
    { name: 'groups 2, stride 2', c: 4, o: 6, h: 8, k: 3, opts: { stride: 2, padding: 1, dilation: 1, groups: 2 } },
    { name: 'depthwise, stride 3, dilation 2', c: 3, o: 3, h: 11, k: 2, opts: { stride: 3, padding: 0, dilation: 2, groups: 3 } },
  ];
  for (const { name, c, o, h, k, opts } of cases) {
    it(`is the input gradient of the convolution with the same kernels (${name})`, () => {
      const before = tf.memory().numTensors;
      tf.tidy(() => {
        const x = tf.tensor4d(wave(c * h * h, 0.37), [1, c, h, h]);
        const w = tf.tensor4d(wave(o * (c / opts.groups) * k * k, 1.3), [o, c / opts.groups, k, k]);
        const y = conv2d(x, w, undefined, opts);
        const gy = tf.tensor4d(wave(y.size, 0.71), y.shape);
        const want = conv2dGradients(x, w, undefined, gy, opts).dx;
        // The conv's output side is a floor: output_padding picks the input side back.
        const side = convTransposeOutputSize(y.shape[2], k, opts.stride, opts.padding, opts.dilation);
        const got = convTranspose2d(gy, w, undefined, { ...opts, outputPadding: h - side });
        expect(got.shape).toEqual(want.shape);
        expectClose(got.dataSync(), want.dataSync());
      });
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('refuses kernels for the wrong number of channels and an output padding as large as the stride, in words', () => {
    tf.tidy(() => {
      const x = tf.zeros([1, 2, 3, 3]) as tf.Tensor4D;
      expect(() => convTranspose2d(x, tf.zeros([3, 1, 3, 3]) as tf.Tensor4D)).toThrow(/kernels are for 3 input channels, but the input has 2/);
      expect(() => convTranspose2d(x, tf.zeros([2, 1, 3, 3]) as tf.Tensor4D, undefined, { stride: 2, outputPadding: 2 })).toThrow(/output padding \(2\) must be smaller/);
    });
  });
});

describe('max pooling with switches and max unpooling', () => {
  for (const opts of [{ kernel: 2 }, { kernel: 3, stride: 2, padding: 1 }]) {
    it(`records the arg-max of every window; unpooling a gradient there is max pooling's gradient (${JSON.stringify(opts)})`, () => {
      const before = tf.memory().numTensors;
      tf.tidy(() => {
        const x = tf.tensor4d(wave(2 * 3 * 7 * 7, 0.93), [2, 3, 7, 7]);
        const { y, switches } = maxPool2dWithSwitches(x, opts);
        expectClose(y.dataSync(), maxPool2d(x, opts).dataSync(), 6);
        const values = x.dataSync();
        const at = switches.dataSync();
        y.dataSync().forEach((v, i) => {
          const plane = Math.floor(i / (y.shape[2] * y.shape[3]));
          expect(values[plane * 49 + at[i]]).toBe(v);
        });
        const gy = tf.tensor4d(wave(y.size, 0.5), y.shape);
        expectClose(maxUnpool2d(gy, switches, [7, 7]).dataSync(), maxPool2dGradient(x, gy, opts).dataSync(), 5);
      });
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('takes the first maximum of a tied window, as PyTorch does', () => {
    tf.tidy(() => {
      const { switches } = maxPool2dWithSwitches(tf.ones([1, 1, 2, 2]) as tf.Tensor4D, { kernel: 2 });
      expect(Array.from(switches.dataSync())).toEqual([0]);
    });
  });

  it('refuses a switch outside the plane, in words', () => {
    tf.tidy(() => {
      const x = tf.ones([1, 1, 1, 1]) as tf.Tensor4D;
      expect(() => maxUnpool2d(x, tf.tensor4d([4], [1, 1, 1, 1], 'int32'), [2, 2])).toThrow(/inside its 4-cell plane/);
    });
  });
});

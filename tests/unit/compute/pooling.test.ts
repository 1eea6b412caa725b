/** Pooling settings the golden files do not cover: padding, count_include_pad false, ties. */
import { beforeAll, describe, expect, it } from 'vitest';
import { avgPool2d, avgPool2dGradient, maxPool2d, maxPool2dGradient, ready, tf } from '@/lib/compute';
import { poolPlaneRef } from './reference';

beforeAll(ready);

const plane = Float32Array.from({ length: 25 }, (_, i) => Math.sin(i * 1.7) * 3);
const close = (got: ArrayLike<number>, want: number[]) => want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 5));

describe('pooling with padding', () => {
  it('max pooling pads with -inf, so a padding cell never wins, and the gradient goes to the arg-max', () => {
    const negative = plane.map((v) => -Math.abs(v) - 1);
    const ref = poolPlaneRef(negative, 5, 5, 3, 2, 1, 'max');
    tf.tidy(() => {
      const x = tf.tensor4d(negative, [1, 1, 5, 5]);
      close(maxPool2d(x, { kernel: 3, stride: 2, padding: 1 }).dataSync(), ref.y);
      const dx = maxPool2dGradient(x, tf.ones([1, 1, 3, 3]) as tf.Tensor4D, { kernel: 3, stride: 2, padding: 1 }).dataSync();
      const want = new Array<number>(25).fill(0);
      ref.argmax.forEach((at) => want[at]++);
      close(dx, want);
    });
  });

  it('max pooling sends a tied gradient to the first maximum, as PyTorch does', () => {
    tf.tidy(() => {
      const dx = maxPool2dGradient(tf.ones([1, 1, 2, 2]) as tf.Tensor4D, tf.ones([1, 1, 1, 1]) as tf.Tensor4D, { kernel: 2 });
      expect(Array.from(dx.dataSync())).toEqual([1, 0, 0, 0]);
    });
  });

  for (const countIncludePad of [true, false]) {
    it(`average pooling with count_include_pad ${countIncludePad}`, () => {
      const ref = poolPlaneRef(plane, 5, 5, 3, 2, 1, 'avg', countIncludePad);
      tf.tidy(() => {
        const x = tf.tensor4d(plane, [1, 1, 5, 5]);
        const opts = { kernel: 3, stride: 2, padding: 1, countIncludePad };
        close(avgPool2d(x, opts).dataSync(), ref.y);
        // d sum(y) / dx: each cell receives 1/divisor from every window that covers it.
        const dx = avgPool2dGradient(x, tf.ones([1, 1, 3, 3]) as tf.Tensor4D, opts).dataSync();
        const eps = 1e-3;
        const bumped = plane.slice();
        bumped[6] += eps;
        const numeric = (poolPlaneRef(bumped, 5, 5, 3, 2, 1, 'avg', countIncludePad).y.reduce((a, b) => a + b) - ref.y.reduce((a, b) => a + b)) / eps;
        expect(dx[6]).toBeCloseTo(numeric, 3);
      });
    });
  }

  it('refuses padding over half the kernel, in words', () => {
    const x = tf.zeros([1, 1, 5, 5]) as tf.Tensor4D;
    expect(() => maxPool2d(x, { kernel: 2, padding: 2 })).toThrow(/between 0 and half the kernel size/);
    x.dispose();
  });
});

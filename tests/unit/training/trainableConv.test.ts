import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { trainableConv2d } from '@/lib/compute/training/trainableConv';
import { mulberry32 } from '@/lib/random/prng';

const rand = (shape: number[], seed: number) => {
  const next = mulberry32(seed);
  return tf.tensor(Array.from({ length: shape.reduce((a, b) => a * b) }, () => next() * 2 - 1), shape);
};

describe('trainableConv2d (the conv whose filter gradient is itself a convolution)', () => {
  const cases = [
    { h: 7, w: 6, ci: 2, co: 3, k: 3, s: 1, p: 'same' },
    { h: 9, w: 9, ci: 3, co: 2, k: 3, s: 2, p: 'same' },
    { h: 8, w: 7, ci: 1, co: 4, k: 5, s: 2, p: 'same' },
    { h: 8, w: 8, ci: 2, co: 2, k: 3, s: 1, p: 'valid' },
    { h: 9, w: 8, ci: 2, co: 3, k: 3, s: 2, p: 'valid' },
    { h: 5, w: 5, ci: 4, co: 2, k: 1, s: 1, p: 'same' },
  ] as const;
  for (const c of cases) {
    it(`matches tf.conv2d's value and both gradients: ${c.h}×${c.w}×${c.ci} → ${c.co}, k${c.k} s${c.s} ${c.p}`, async () => {
      await ready();
      const x = rand([2, c.h, c.w, c.ci], 1) as tf.Tensor4D;
      const w = rand([c.k, c.k, c.ci, c.co], 2) as tf.Tensor4D;
      const ref = tf.conv2d(x, w, c.s, c.p);
      const up = rand(ref.shape, 3); // a fixed upstream gradient
      const loss = (f: typeof tf.conv2d) => (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(f(a as tf.Tensor4D, b as tf.Tensor4D, c.s, c.p), up));
      const [dxRef, dwRef] = tf.grads(loss(tf.conv2d))([x, w]);
      const [dx, dw] = tf.grads(loss(trainableConv2d as unknown as typeof tf.conv2d))([x, w]);
      expect(trainableConv2d(x, w, c.s, c.p).arraySync()).toEqual(ref.arraySync());
      const close = (a: tf.Tensor, b: tf.Tensor) => expect(tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]).toBeLessThan(1e-4);
      expect(dw.shape).toEqual(w.shape);
      close(dx, dxRef);
      close(dw, dwRef);
    });
  }
});

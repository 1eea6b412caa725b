import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { trainableDepthwiseConv2d } from '@/lib/compute/training/trainableConv';
import { buildNetwork } from '@/lib/compute/training/network';
import { analyse, PRESETS } from '@/lib/sandbox';

const close = (a: tf.Tensor, b: tf.Tensor) => {
  const d = tf.max(tf.abs(tf.sub(a, b))).dataSync()[0];
  expect(d).toBeLessThan(1e-4);
};

describe('the depthwise convolution the sandbox trains', () => {
  it('gives the output and the gradients of tf.depthwiseConv2d, for stride 1 and 2', async () => {
    await ready();
    for (const [size, stride] of [[7, 1], [8, 2], [7, 2]]) {
      const x = tf.randomNormal([2, size, size, 3], 0, 1, 'float32', 3) as tf.Tensor4D;
      const w = tf.randomNormal([3, 3, 3, 1], 0, 1, 'float32', 4) as tf.Tensor4D;
      const o = Math.ceil(size / stride);
      const weights = tf.randomNormal([2, o, o, 3], 0, 1, 'float32', 5);
      const loss = (f: (a: tf.Tensor4D, b: tf.Tensor4D) => tf.Tensor4D) => (a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(f(a as tf.Tensor4D, b as tf.Tensor4D), weights));
      const ours = tf.grads(loss((a, b) => trainableDepthwiseConv2d(a, b, stride)))([x, w]);
      const theirs = tf.grads(loss((a, b) => tf.depthwiseConv2d(a, b, stride, 'same')))([x, w]);
      close(trainableDepthwiseConv2d(x, w, stride), tf.depthwiseConv2d(x, w, stride, 'same'));
      close(ours[0], theirs[0]);
      close(ours[1], theirs[1]);
    }
  });

  it('the MobileNet-like starter builds with as many weights as the table counts', async () => {
    await ready();
    const a = analyse(PRESETS.mobilenet);
    const net = buildNetwork(a.spec!, 1);
    expect(net.params.reduce((n, p) => n + p.variable.size, 0)).toBe(a.params);
    const out = net.apply(tf.zeros([2, 28, 28, 1]) as tf.Tensor4D, { training: false });
    expect(out.shape).toEqual([2, 10]);
    out.dispose();
    net.dispose();
  });
});

/**
 * A basic residual block, y = relu(conv(relu(conv(x, w1)), w2) + x) with 3×3 convs, padding 1,
 * no bias, beside the same block without the skip connection, to compare their gradients.
 */
import { tf } from './tf';
import { conv2d } from './conv';

export interface ResidualBlockResult {
  y: tf.Tensor4D;
  /** d sum(y) / dx. */
  dx: tf.Tensor4D;
  plainY: tf.Tensor4D;
  plainDx: tf.Tensor4D;
}

export function residualBranch(x: tf.Tensor4D, w1: tf.Tensor4D, w2: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => conv2d(tf.relu(conv2d(x, w1, undefined, { padding: 1 })) as tf.Tensor4D, w2, undefined, { padding: 1 }));
}

export function residualBlock(x: tf.Tensor4D, w1: tf.Tensor4D, w2: tf.Tensor4D, skip = true): tf.Tensor4D {
  return tf.tidy(() => {
    const f = residualBranch(x, w1, w2);
    if (skip && f.shape.join() !== x.shape.join()) {
      throw new Error(`The skip connection needs the branch to keep the shape [${x.shape}] (got [${f.shape}]).`);
    }
    return tf.relu(skip ? tf.add(f, x) : f) as tf.Tensor4D;
  });
}

/** Both blocks forward and the gradient of the sum of their outputs with respect to x. */
export function residualBlockWithGradients(x: tf.Tensor4D, w1: tf.Tensor4D, w2: tf.Tensor4D): ResidualBlockResult {
  return tf.tidy(() => {
    const run = (skip: boolean) => ({
      y: residualBlock(x, w1, w2, skip),
      // tf.grad's default upstream gradient is all ones: the gradient of sum(y).
      dx: tf.grad((t: tf.Tensor) => residualBlock(t as tf.Tensor4D, w1, w2, skip))(x) as tf.Tensor4D,
    });
    const res = run(true);
    const plain = run(false);
    return { y: res.y, dx: res.dx, plainY: plain.y, plainDx: plain.dx };
  });
}

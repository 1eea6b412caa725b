/**
 * conv2d with its gradient written out in ops every backend has. The WASM backend (the fastest
 * here for training) has no Conv2DBackpropFilter kernel, so the filter gradient is computed as
 * another convolution: correlate the (padded) input with the output gradient, the batch playing
 * the role of the channels and the stride becoming a dilation.
 */
import { tf } from '../tf';

export type ConvPadding = 'same' | 'valid';

/** Rows/columns of zero padding TensorFlow adds before and after for 'same'. */
export function samePads(size: number, k: number, s: number): [number, number] {
  const out = Math.ceil(size / s);
  const total = Math.max((out - 1) * s + k - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

/** dL/dW for y = conv2d(x, W): x [N,H,W,Ci], dy [N,Ho,Wo,Co] → [k,k,Ci,Co]. */
export function conv2dFilterGradient(x: tf.Tensor4D, dy: tf.Tensor4D, k: number, stride: number, padding: ConvPadding): tf.Tensor4D {
  return tf.tidy(() => {
    const [, h, w] = x.shape;
    const xp = padding === 'same' ? tf.pad(x, [[0, 0], samePads(h, k, stride), samePads(w, k, stride), [0, 0]]) : x;
    const a = tf.transpose(xp, [3, 1, 2, 0]) as tf.Tensor4D; // [Ci, Hp, Wp, N]
    const b = tf.transpose(dy, [1, 2, 0, 3]) as tf.Tensor4D; // [Ho, Wo, N, Co]
    const c = tf.conv2d(a, b, 1, 'valid', 'NHWC', stride); // [Ci, ≥k, ≥k, Co]
    const sliced = c.shape[1] === k && c.shape[2] === k ? c : tf.slice(c, [0, 0, 0, 0], [-1, k, k, -1]);
    return tf.transpose(sliced, [1, 2, 0, 3]) as tf.Tensor4D;
  });
}

/** tf.conv2d(x, w, stride, padding) whose gradients need only Conv2D and Conv2DBackpropInput. */
export function trainableConv2d(x: tf.Tensor4D, w: tf.Tensor4D, stride: number, padding: ConvPadding): tf.Tensor4D {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x4, w4, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
    save([x4, w4]);
    return {
      value: tf.conv2d(x4, w4, stride, padding),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sx, sw] = saved as tf.Tensor4D[];
        const dy4 = dy as tf.Tensor4D;
        return [tf.conv2dTranspose(dy4, sw, sx.shape, stride, padding), conv2dFilterGradient(sx, dy4, sw.shape[0], stride, padding)];
      },
    };
  });
  return f(x, w) as tf.Tensor4D;
}

/**
 * tf.depthwiseConv2d(x, w, stride, 'same') (w: [k,k,C,1]) whose gradients need no depthwise
 * backprop kernels, which the WASM backend lacks: a depthwise convolution is a full convolution
 * with a block-diagonal filter, so its gradients are the full ones, kept on the diagonal.
 */
export function trainableDepthwiseConv2d(x: tf.Tensor4D, w: tf.Tensor4D, stride: number): tf.Tensor4D {
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x4, w4, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
    save([x4, w4]);
    return {
      value: tf.depthwiseConv2d(x4, w4, stride, 'same'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [sx, sw] = saved as tf.Tensor4D[];
        const [k, , c] = sw.shape;
        const eye = tf.reshape(tf.eye(c), [1, 1, c, c]);
        const full = tf.mul(sw, eye) as tf.Tensor4D; // [k,k,C,1] broadcast over the last axis → [k,k,C,C]
        const dx = tf.conv2dTranspose(dy as tf.Tensor4D, full, sx.shape, stride, 'same');
        const dwFull = conv2dFilterGradient(sx, dy as tf.Tensor4D, k, stride, 'same');
        return [dx, tf.reshape(tf.sum(tf.mul(dwFull, eye), 3), [k, k, c, 1])];
      },
    };
  });
  return f(x, w) as tf.Tensor4D;
}

/**
 * The course speaks PyTorch's layouts (images NCHW, conv weights OIHW); tfjs kernels want
 * NHWC images and HWIO filters. These are the only conversions between the two.
 */
import { tf } from './tf';

export const nchwToNhwc = (x: tf.Tensor4D): tf.Tensor4D => tf.transpose(x, [0, 2, 3, 1]);
export const nhwcToNchw = (x: tf.Tensor4D): tf.Tensor4D => tf.transpose(x, [0, 3, 1, 2]);
export const oihwToHwio = (w: tf.Tensor4D): tf.Tensor4D => tf.transpose(w, [2, 3, 1, 0]);

/** Shape that broadcasts a per-channel vector [C] against a tensor [N, C, ...] of the given rank. */
export function channelBroadcastShape(c: number, rank: number): number[] {
  return [1, c, ...new Array<number>(Math.max(0, rank - 2)).fill(1)];
}

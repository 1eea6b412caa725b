/** ShuffleNet's channel shuffle: [N, C, H, W] seen as [N, g, C/g, H, W], groups and members swapped. */
import { tf } from './tf';

export function channelShuffle(x: tf.Tensor4D, groups: number): tf.Tensor4D {
  const [n, c, h, w] = x.shape;
  if (!Number.isInteger(groups) || groups < 1 || c % groups !== 0) {
    throw new Error(`Channel shuffle needs a whole number of groups that divides the ${c} channels (got ${groups}).`);
  }
  return tf.tidy(() => tf.reshape(tf.transpose(tf.reshape(x, [n, groups, c / groups, h, w]), [0, 2, 1, 3, 4]), [n, c, h, w]));
}

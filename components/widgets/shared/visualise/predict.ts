import type { Network } from '@/lib/compute';
import type { GreyImage } from '@/lib/compute/visualise';

type Compute = typeof import('@/lib/compute');

/** The class the network gives the image (for a drawing or photo, which has no true class). */
export function predictedClass(compute: Compute, network: Network, image: GreyImage): number {
  const { tf } = compute;
  return tf.tidy(() => tf.argMax(network.apply(tf.tensor4d(image.pixels, [1, image.height, image.width, 1]), { training: false }), 1).dataSync()[0]);
}

/** Softmax probabilities of the image's classes. */
export function probabilities(compute: Compute, network: Network, image: GreyImage): Float32Array {
  const { tf } = compute;
  return tf.tidy(() => tf.softmax(network.apply(tf.tensor4d(image.pixels, [1, image.height, image.width, 1]), { training: false })).dataSync() as Float32Array);
}

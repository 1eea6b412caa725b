/** A grey image as a tensor. */
import { tf } from '../tf';
import type { GreyImage } from './layers';

/** One grey image as the network's input [1, h, w, 1]. */
export function imageTensor(image: GreyImage): tf.Tensor4D {
  if (image.pixels.length !== image.height * image.width) {
    throw new Error(`The image has ${image.pixels.length} pixels, not ${image.height}×${image.width}.`);
  }
  return tf.tensor4d(image.pixels, [1, image.height, image.width, 1]);
}


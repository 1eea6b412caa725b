/**
 * Two answers to "which pixels made this score?", from gradients:
 * - saliency (Simonyan, Vedaldi and Zisserman 2013): the gradient of the class score (the logit,
 *   before the softmax) with respect to each input pixel; its size, max |·| over channels;
 * - Grad-CAM (Selvaraju et al. 2017): weight each map of a late convolution by the spatial mean of
 *   the score's gradient with respect to it, add the maps up, keep the positive part, and stretch
 *   the coarse result over the image.
 */
import { tf } from '../tf';
import { imageTensor } from './input';
import type { Network } from '../training/network';
import { checkImage, lastConvMaps, mapLayers, type GreyImage } from './layers';

export interface Saliency {
  /** d score / d pixel, [h][w][c]. */
  gradient: Float32Array;
  /** max over channels of |gradient|, [h][w]. */
  map: Float32Array;
  max: number;
}

export interface GradCam {
  layer: number;
  /** Channel weights: the spatial mean of d score / d map. */
  weights: Float32Array;
  /** ReLU(Σ weight·map) at the layer's resolution, [camH][camW]. */
  cam: Float32Array;
  camH: number;
  camW: number;
  /** The same, resized (bilinear) to the image, [h][w]. */
  upsampled: Float32Array;
  max: number;
}

function checkTarget(network: Network, target: number): void {
  const last = network.spec.layers.at(-1);
  if (last?.type !== 'dense' || !Number.isInteger(target) || target < 0 || target >= last.units) throw new Error(`There is no class ${target} to explain.`);
}

/** The class score (logit) of image batch h, run from layer `from` to the end. */
const score = (network: Network, h: tf.Tensor, from: number, target: number) =>
  tf.reshape(tf.slice(network.applyLayers(h, from) as tf.Tensor2D, [0, target], [1, 1]), []);

export function saliency(network: Network, image: GreyImage, target: number): Saliency {
  checkImage(network.spec, image);
  checkTarget(network, target);
  const [gradient, map] = tf.tidy(() => {
    const g = tf.grad((x: tf.Tensor) => score(network, x, 0, target))(imageTensor(image));
    return [g.dataSync() as Float32Array, tf.max(tf.abs(g), 3).dataSync() as Float32Array];
  });
  return { gradient, map, max: map.reduce((m, v) => Math.max(m, v), 0) };
}

export function gradCam(network: Network, image: GreyImage, target: number, layer = lastConvMaps(network.spec)): GradCam {
  checkImage(network.spec, image);
  checkTarget(network, target);
  const found = mapLayers(network.spec).find((m) => m.index === layer);
  if (!found) throw new Error(`Layer ${layer + 1} does not give feature maps.`);
  const [camH, camW] = found.shape;
  const [weights, cam, upsampled] = tf.tidy(() => {
    const maps = network.applyLayers(imageTensor(image), 0, layer + 1) as tf.Tensor4D;
    const g = tf.grad((a: tf.Tensor) => score(network, a, layer + 1, target))(maps);
    const alpha = tf.mean(g, [0, 1, 2]); // [C]
    const c = tf.relu(tf.sum(tf.mul(maps, alpha), 3, true)) as tf.Tensor4D; // [1, camH, camW, 1]
    const up = tf.image.resizeBilinear(c, [image.height, image.width], false, true);
    return [alpha.dataSync() as Float32Array, c.dataSync() as Float32Array, up.dataSync() as Float32Array];
  });
  return { layer, weights, cam, camH, camW, upsampled, max: upsampled.reduce((m, v) => Math.max(m, v), 0) };
}

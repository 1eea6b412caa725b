/**
 * What the activations lesson draws, computed with the ops above: an activation and its
 * derivative sampled along x (Maxout included), and a chain of scalar layers h_i = f(w·h_{i−1} + b)
 * with the derivative f′ met at each layer. Plain arrays out, no tensor left behind.
 */
import type { CurveName, CurveParams } from '@/lib/activations/saturation';
import { activation, activationDerivative, type ActivationName } from './activations';
import { maxout, maxoutDerivative } from './maxout';
import { tf } from './tf';

export interface ActivationSamples {
  values: Float32Array;
  slopes: Float32Array;
}

/** f(x) and f′(x) at each x. */
export function sampleActivation(name: CurveName, xs: ArrayLike<number>, params: CurveParams): ActivationSamples {
  return tf.tidy(() => {
    const x = tf.tensor1d(Array.from(xs));
    const [y, dy] =
      name === 'maxout'
        ? [maxout(x, params.pieces), maxoutDerivative(x, params.pieces)]
        : [activation(name, x, params), activationDerivative(name, x, params)];
    return { values: y.dataSync() as Float32Array, slopes: dy.dataSync() as Float32Array };
  });
}

export interface ChainLayer {
  /** z_i = w·h_{i−1} + b */
  pre: number;
  /** h_i = f(z_i) */
  post: number;
  /** f′(z_i) */
  slope: number;
}

/** Forward through `depth` identical scalar layers from h_0 = x0, recording f′ at each. */
export function activationChain(name: ActivationName, x0: number, weight: number, bias: number, depth: number): ChainLayer[] {
  const layers: ChainLayer[] = [];
  let h = x0;
  for (let i = 0; i < depth; i++) {
    const pre = Math.fround(weight * h + bias);
    const [post, slope] = tf.tidy(() => {
      const z = tf.scalar(pre);
      return [activation(name, z).dataSync()[0], activationDerivative(name, z).dataSync()[0]];
    });
    layers.push({ pre, post, slope });
    h = post;
  }
  return layers;
}

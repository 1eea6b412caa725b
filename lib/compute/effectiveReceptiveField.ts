/**
 * The effective receptive field (Luo, Li, Urtasun and Zemel, "Understanding the Effective
 * Receptive Field in Deep Convolutional Neural Networks", NIPS 2016): how strongly one output
 * unit of a stack of layers depends on each input pixel, measured as the gradient of that unit
 * with respect to the input. The theoretical field says which pixels can matter at all; the
 * gradient says how much each one does.
 *
 * The stack is initialised at random from a seed (so a figure is reproducible), or with all-ones
 * kernels and input (then the gradient counts the paths from each pixel to the unit). Every
 * layer keeps `channels` channels, the input included; biases are zero.
 *
 * Speed: only the cone of units the chosen unit depends on is computed. Each map is cut to the
 * unit's region in it (receptive-field arithmetic), cells of that region outside the map are set
 * to the padding value the next layer would see (0, or -∞ for max pooling), and every layer then
 * runs without padding. This is exact: no unit of the cone reads anything outside it.
 */
import { tf } from './tf';
import { dilateKernel } from './conv';
import { oihwToHwio } from './layout';
import { regionInMap, walkChain, type ChainLayer } from '../nn/layerChain';
import { mulberry32, standardNormal } from '../random/prng';

export interface EffectiveFieldOptions {
  /** Side of the square input. */
  side: number;
  layers: readonly ChainLayer[];
  /** Channels of the input and of every layer (default 1). */
  channels?: number;
  /** A ReLU after every layer but the last (default false: a linear stack). */
  relu?: boolean;
  /** 'random': He-normal kernels and a standard normal input drawn from `seed`; 'ones': all ones. */
  init?: 'random' | 'ones';
  seed?: number;
  /** Random draws averaged (default 1; 'ones' always makes one). */
  samples?: number;
  /** Output unit [row, col] of the last map (default its centre). */
  unit?: readonly [number, number];
}

export interface EffectiveField {
  side: number;
  /** Side of the last map. */
  outSide: number;
  unit: [number, number];
  /**
   * side × side, row-major: |∂y/∂x| summed over the input channels and averaged over the draws,
   * where y is channel 0 of the unit.
   */
  magnitude: Float32Array;
}

/** One draw of the stack: OIHW kernels (null for pooling) and the NCHW input [channels, side, side]. */
export interface StackDraw {
  kernels: (Float32Array | null)[];
  input: Float32Array;
}

/** A seeded standard normal generator (mulberry32 and Box–Muller): the same figure on every machine. */
function normals(seed: number) {
  const uniform = mulberry32(seed);
  return (n: number, std: number) => Float32Array.from({ length: n }, () => std * standardNormal(uniform));
}

/** The weights and input of one draw; the same seed gives the same numbers. */
export function drawStack(side: number, layers: readonly ChainLayer[], channels: number, init: 'random' | 'ones', seed: number): StackDraw {
  const c = channels;
  if (init === 'ones') {
    return {
      kernels: layers.map((l) => (l.kind === 'conv' ? new Float32Array(c * c * l.kernel * l.kernel).fill(1) : null)),
      input: new Float32Array(c * side * side).fill(1),
    };
  }
  const draw = normals(seed);
  return {
    kernels: layers.map((l) => (l.kind === 'conv' ? draw(c * c * l.kernel * l.kernel, Math.sqrt(2 / (c * l.kernel * l.kernel))) : null)),
    input: draw(c * side * side, 1),
  };
}

const centre = (n: number) => Math.floor((n - 1) / 2);
const padValue = (next: ChainLayer | undefined) => (next?.kind === 'max' ? -Infinity : 0);

/** |∂y/∂x| on the clipped input region, [rows, cols], summed over channels, for one draw. */
function coneGradient(side: number, layers: readonly ChainLayer[], c: number, relu: boolean, unit: [number, number], draw: StackDraw, sizes: number[]) {
  const regions = layers.map((_, m) => regionInMap(layers, m, unit[0], unit[1]));
  const inRegion = regions[0];
  const r0 = Math.max(0, inRegion.r0), r1 = Math.min(side - 1, inRegion.r1);
  const c0 = Math.max(0, inRegion.c0), c1 = Math.min(side - 1, inRegion.c1);
  return tf.tidy(() => {
    const input = tf.transpose(tf.tensor4d(draw.input, [1, c, side, side]), [0, 2, 3, 1]);
    const x = tf.slice(input, [0, r0, c0, 0], [1, r1 - r0 + 1, c1 - c0 + 1, c]);
    const filters = layers.map((l, i) => {
      const k = draw.kernels[i];
      return k ? oihwToHwio(dilateKernel(tf.tensor4d(k, [c, c, l.kernel, l.kernel]), l.dilation)) : null;
    });
    // Masks of the cells of each intermediate map's region that lie on the map (null: all do).
    const masks = layers.map((_, i) => {
      const m = i + 1;
      if (m === layers.length) return null;
      const g = regions[m];
      const n = sizes[m];
      if (g.r0 >= 0 && g.c0 >= 0 && g.r1 < n && g.c1 < n) return null;
      const rows = g.r1 - g.r0 + 1, cols = g.c1 - g.c0 + 1;
      const on = new Float32Array(rows * cols);
      for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) on[r * cols + q] = g.r0 + r >= 0 && g.r0 + r < n && g.c0 + q >= 0 && g.c0 + q < n ? 1 : 0;
      return tf.cast(tf.tensor4d(on, [1, rows, cols, 1]), 'bool');
    });
    const forward = (xs: tf.Tensor): tf.Scalar => {
      const pad0 = padValue(layers[0]);
      let h = tf.pad(xs as tf.Tensor4D, [[0, 0], [r0 - inRegion.r0, inRegion.r1 - r1], [c0 - inRegion.c0, inRegion.c1 - c1], [0, 0]], pad0);
      layers.forEach((l, i) => {
        const f = filters[i];
        h = f ? tf.conv2d(h, f, l.stride, 'valid') : l.kind === 'max' ? tf.maxPool(h, l.kernel, l.stride, 'valid') : tf.avgPool(h, l.kernel, l.stride, 'valid');
        if (relu && i < layers.length - 1) h = tf.relu(h);
        const mask = masks[i];
        if (mask) h = tf.where(tf.broadcastTo(mask, h.shape), h, tf.fill(h.shape, padValue(layers[i + 1])));
      });
      return tf.sum(tf.slice(h, [0, 0, 0, 0], [1, 1, 1, 1]));
    };
    const g = tf.grad(forward)(x);
    return tf.sum(tf.abs(g), [0, 3]) as tf.Tensor2D;
  });
}

/**
 * |∂y/∂x| of one output unit of the stack. Throws a readable Error when a setting is impossible,
 * a layer does not fit or the unit is outside the last map.
 */
export function effectiveReceptiveField(options: EffectiveFieldOptions): EffectiveField {
  const { side, layers, channels = 1, relu = false, init = 'random', seed = 1, samples = 1 } = options;
  if (!Number.isInteger(side) || side < 1) throw new Error(`The input side must be a whole number of at least 1 (got ${side}).`);
  if (!Number.isInteger(channels) || channels < 1) throw new Error(`The number of channels must be a whole number of at least 1 (got ${channels}).`);
  if (!Number.isInteger(samples) || samples < 1) throw new Error(`The number of draws must be a whole number of at least 1 (got ${samples}).`);
  const walked = walkChain(side, layers);
  if (!walked.ok) throw new Error(walked.error);
  const sizes = walked.maps.map((m) => m.side);
  const outSide = sizes[sizes.length - 1];
  const unit: [number, number] = options.unit ? [options.unit[0], options.unit[1]] : [centre(outSide), centre(outSide)];
  if (!unit.every((u) => Number.isInteger(u) && u >= 0 && u < outSide)) {
    throw new Error(`The output unit (${unit.join(', ')}) is outside the ${outSide}×${outSide} output.`);
  }
  const magnitude = new Float32Array(side * side);
  if (layers.length === 0) {
    magnitude[unit[0] * side + unit[1]] = 1;
    return { side, outSide, unit, magnitude };
  }
  const region = regionInMap(layers, 0, unit[0], unit[1]);
  const r0 = Math.max(0, region.r0), c0 = Math.max(0, region.c0);
  const draws = init === 'ones' ? 1 : samples;
  for (let d = 0; d < draws; d++) {
    const g = coneGradient(side, layers, channels, relu, unit, drawStack(side, layers, channels, init, seed + d * 7919), sizes);
    const [rows, cols] = g.shape;
    const values = g.dataSync();
    g.dispose();
    for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) magnitude[(r0 + r) * side + c0 + q] += values[r * cols + q] / draws;
  }
  return { side, outSide, unit, magnitude };
}

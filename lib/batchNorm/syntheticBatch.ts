/**
 * Synthetic mini-batches of activations for the batch-norm lesson: per channel, values
 * mean + spread · z, where z comes from a standardised shape (population mean 0, variance 1),
 * so the population mean and variance of every channel are known exactly. Plain arithmetic.
 */
import { mulberry32, standardNormal, streamSeed, type Uniform } from '../random/prng';

export const SHAPES = ['normal', 'uniform', 'skewed', 'bimodal'] as const;
export type ShapeName = (typeof SHAPES)[number];

/** Where the batch norm sits: after a fully connected layer ([N, C]) or a convolution ([N, C, H, W]). */
export const LAYERS = ['conv', 'fc'] as const;
export type LayerKind = (typeof LAYERS)[number];

/** The side of the feature map each channel has after the convolution. */
export const FEATURE_MAP_SIDE = 4;

const BIMODAL_CENTRE = 0.9;

/** One draw of z: population mean 0 and variance 1 for every shape. */
export function drawStandardised(shape: ShapeName, u: Uniform): number {
  switch (shape) {
    case 'normal':
      return standardNormal(u);
    case 'uniform':
      return Math.sqrt(3) * (2 * u() - 1);
    case 'skewed':
      // Exponential(1) minus its mean: a long right tail, a hard floor at −1.
      return -Math.log(1 - u()) - 1;
    case 'bimodal': {
      // Two bumps at ±0.9 whose own spread makes the total variance 0.81 + 0.19 = 1.
      const side = u() < 0.5 ? -1 : 1;
      return side * BIMODAL_CENTRE + Math.sqrt(1 - BIMODAL_CENTRE ** 2) * standardNormal(u);
    }
  }
}

export interface BatchSpec {
  layer: LayerKind;
  batchSize: number;
  shape: ShapeName;
  /** Per channel: the population mean and standard deviation of the activations. */
  mean: readonly number[];
  spread: readonly number[];
  seed: number;
  /** Which batch of the stream (0, 1, 2 …). */
  index: number;
}

/** [N, C] after a fully connected layer, [N, C, side, side] after a convolution. */
export function batchShape({ layer, batchSize, mean }: Pick<BatchSpec, 'layer' | 'batchSize' | 'mean'>): number[] {
  return layer === 'fc' ? [batchSize, mean.length] : [batchSize, mean.length, FEATURE_MAP_SIDE, FEATURE_MAP_SIDE];
}

/** How many values each channel's statistics are taken over: N, or N·H·W. */
export function valuesPerChannel(layer: LayerKind, batchSize: number): number {
  return layer === 'fc' ? batchSize : batchSize * FEATURE_MAP_SIDE * FEATURE_MAP_SIDE;
}

/**
 * The batch, row-major in its shape. The z values depend only on the seed, the index and the
 * position, never on the means and spreads, so moving a slider moves the same points; sample n
 * is the same whatever the batch size.
 */
export function drawBatch(spec: BatchSpec): Float32Array {
  const channels = spec.mean.length;
  const perSample = spec.layer === 'fc' ? 1 : FEATURE_MAP_SIDE * FEATURE_MAP_SIDE;
  const out = new Float32Array(spec.batchSize * channels * perSample);
  for (let n = 0; n < spec.batchSize; n++) {
    const u = mulberry32(streamSeed(spec.seed, spec.index * 4096 + n));
    for (let c = 0; c < channels; c++) {
      for (let p = 0; p < perSample; p++) {
        out[(n * channels + c) * perSample + p] = spec.mean[c] + spec.spread[c] * drawStandardised(spec.shape, u);
      }
    }
  }
  return out;
}

/** The values of channel c in a batch laid out as batchShape gives. */
export function channelValues(x: ArrayLike<number>, shape: readonly number[], c: number): number[] {
  const [n, channels] = shape;
  const perSample = shape.slice(2).reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = (i * channels + c) * perSample;
    for (let p = 0; p < perSample; p++) out.push(x[start + p]);
  }
  return out;
}

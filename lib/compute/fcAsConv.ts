/**
 * A fully connected layer and the convolution it equals, both run in TensorFlow.js, and a 1×1
 * convolution next to the same weights applied as a fully connected layer to every pixel. Plain
 * arrays in and out; no tensor outlives a call.
 */
import { tf } from './tf';
import { conv2d } from './conv';
import { linear } from './linear';

export interface FcAsConvSpec {
  /** The image, row-major [C, H, W]; H and W may exceed the kernel (the layer's expected size). */
  input: ArrayLike<number>;
  inputShape: readonly [number, number, number];
  /** The fully connected layer's weights, row-major [O, C·kh·kw], inputs in C, H, W order. */
  weights: ArrayLike<number>;
  outputs: number;
  /** The input size the fully connected layer was built for. */
  kh: number;
  kw: number;
  bias: ArrayLike<number>;
}

export interface FcAsConvResult {
  /** Convolution with the weight rows as kernels, no padding, stride 1: [O, outH, outW]. */
  conv: Float32Array;
  outH: number;
  outW: number;
  /** The fully connected layer on the window at each output position (flattened C, H, W): [outH·outW, O]. */
  fc: Float32Array;
  /** Largest |fc − conv| over every output value. */
  maxAbsDiff: number;
}

const flatWindow = (x: tf.Tensor3D, r: number, c: number, kh: number, kw: number) =>
  tf.reshape(tf.slice(x, [0, r, c], [-1, kh, kw]), [1, -1]) as tf.Tensor2D;

/**
 * Runs the layer both ways. Where the image is larger than the layer expects, the fully connected
 * layer is run on every window of its size: each run matches one value of the convolution map.
 */
export function fcAsConv({ input, inputShape, weights, outputs, kh, kw, bias }: FcAsConvSpec): FcAsConvResult {
  const [c, h, w] = inputShape;
  if (h < kh || w < kw) throw new Error(`The image (${h}×${w}) is smaller than the layer's input size (${kh}×${kw}).`);
  if (weights.length !== outputs * c * kh * kw) {
    throw new Error(`The weights need ${outputs} rows of ${c * kh * kw} values (got ${weights.length} values).`);
  }
  const outH = h - kh + 1;
  const outW = w - kw + 1;
  return tf.tidy(() => {
    const x = tf.tensor3d(Float32Array.from(input), [c, h, w]);
    const wm = tf.tensor2d(Float32Array.from(weights), [outputs, c * kh * kw]);
    const b = tf.tensor1d(Float32Array.from(bias));
    // Row o of the weight matrix, reshaped to [C, kh, kw], is kernel o.
    const kernels = tf.reshape(wm, [outputs, c, kh, kw]) as tf.Tensor4D;
    const convOut = conv2d(tf.expandDims(x, 0) as tf.Tensor4D, kernels, b).dataSync() as Float32Array;
    const windows: tf.Tensor2D[] = [];
    for (let r = 0; r < outH; r++) for (let col = 0; col < outW; col++) windows.push(flatWindow(x, r, col, kh, kw));
    const fcOut = linear(tf.concat(windows, 0) as tf.Tensor2D, wm, b).dataSync() as Float32Array;
    let maxAbsDiff = 0;
    for (let p = 0; p < outH * outW; p++) {
      for (let o = 0; o < outputs; o++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(fcOut[p * outputs + o] - convOut[o * outH * outW + p]));
    }
    return { conv: Float32Array.from(convOut), outH, outW, fc: Float32Array.from(fcOut), maxAbsDiff };
  });
}

export interface PointwiseSpec {
  /** The image, row-major [C, H, W]. */
  input: ArrayLike<number>;
  inputShape: readonly [number, number, number];
  /** 1×1 kernels, i.e. a weight matrix, row-major [O, C]. */
  weights: ArrayLike<number>;
  outputs: number;
  bias: ArrayLike<number>;
}

export interface PointwiseResult {
  /** 1×1 convolution: [O, H, W]. */
  conv: Float32Array;
  /** The same weights as a fully connected layer on each pixel's channel vector: [H·W, O]. */
  perPixel: Float32Array;
  maxAbsDiff: number;
}

/** A 1×1 convolution, and the fully connected layer applied to every pixel as a separate sample. */
export function pointwiseAsFc({ input, inputShape, weights, outputs, bias }: PointwiseSpec): PointwiseResult {
  const [c, h, w] = inputShape;
  if (weights.length !== outputs * c) throw new Error(`The weights need ${outputs} rows of ${c} values (got ${weights.length} values).`);
  return tf.tidy(() => {
    const x = tf.tensor3d(Float32Array.from(input), [c, h, w]);
    const wm = tf.tensor2d(Float32Array.from(weights), [outputs, c]);
    const b = tf.tensor1d(Float32Array.from(bias));
    const conv = conv2d(tf.expandDims(x, 0) as tf.Tensor4D, tf.reshape(wm, [outputs, c, 1, 1]) as tf.Tensor4D, b).dataSync() as Float32Array;
    // Each pixel is a sample, each channel a feature: [C, H, W] -> [H·W, C].
    const pixels = tf.transpose(tf.reshape(x, [c, h * w])) as tf.Tensor2D;
    const perPixel = linear(pixels, wm, b).dataSync() as Float32Array;
    let maxAbsDiff = 0;
    for (let p = 0; p < h * w; p++) {
      for (let o = 0; o < outputs; o++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(perPixel[p * outputs + o] - conv[o * h * w + p]));
    }
    return { conv: Float32Array.from(conv), perPixel: Float32Array.from(perPixel), maxAbsDiff };
  });
}

/**
 * The trace of one convolution: every number a widget shows (im2col columns, the products at
 * each window, per-channel partial sums, sums, bias, output), all read from the very tensors
 * that produce the output, so the animation and the result cannot disagree.
 */
import { tf } from './tf';
import { im2col } from './im2col';
import { conv2d } from './conv';
import { convSpecGeometry } from './convSpec';
import type { ConvSpec, ConvTrace } from './types';

/** Products [O, P, K] beyond this many values are too large to trace (about 32 MB). */
export const MAX_TRACE_PRODUCTS = 1 << 23;

const copy = (t: tf.Tensor) => new Float32Array(t.dataSync());

export function convolutionTrace(spec: ConvSpec): ConvTrace {
  const g = convSpecGeometry(spec);
  const { inChannels: c, outChannels: o, kh, kw, outH, outW } = g;
  const p = outH * outW;
  const k = c * kh * kw;
  if (o * p * k > MAX_TRACE_PRODUCTS) {
    throw new Error(
      `This convolution has ${(o * p * k).toLocaleString('en')} products, too many to trace step by step; use a smaller input or fewer kernels.`,
    );
  }
  const tensors = tf.tidy(() => {
    const x = tf.tensor3d(Float32Array.from(spec.input), [c, g.inH, g.inW]);
    const columns = im2col(x, { kernel: [kh, kw], stride: spec.stride, padding: spec.padding, dilation: spec.dilation });
    const kernelRows = tf.tensor2d(Float32Array.from(spec.kernels), [o, k]);
    // One multiply per kernel, [P, K] windows by its [K] weights: broadcasting along the leading
    // axis is the CPU backend's fast path (a general broadcast goes index by index, ~10x slower).
    const windows = tf.transpose(columns);
    const products = tf.stack(tf.unstack(kernelRows).map((row) => tf.mul(windows, row)));
    const channelSums = tf.sum(tf.reshape(products, [o, p, c, kh * kw]), 3);
    const sums = tf.sum(channelSums, 2);
    const bias = spec.bias ? tf.tensor1d(Float32Array.from(spec.bias)) : tf.zeros([o]);
    const output = tf.add(sums, tf.reshape(bias, [o, 1]));
    return { columns, kernelRows, products, channelSums, sums, bias, output };
  });
  // Copied outside tidy: tidy walks whatever it returns, and a large typed array is slow to walk.
  let arrays: Record<keyof typeof tensors, Float32Array>;
  try {
    arrays = {
      columns: copy(tensors.columns),
      kernelRows: copy(tensors.kernelRows),
      products: copy(tensors.products),
      channelSums: copy(tensors.channelSums),
      sums: copy(tensors.sums),
      bias: copy(tensors.bias),
      output: copy(tensors.output),
    };
  } finally {
    tf.dispose(tensors);
  }
  return {
    inChannels: c,
    outChannels: o,
    inH: g.inH,
    inW: g.inW,
    kh,
    kw,
    stride: spec.stride,
    padding: spec.padding,
    dilation: spec.dilation,
    outH,
    outW,
    ...arrays,
  };
}

/** Just the output feature maps [O, outH, outW] of a spec (tfjs's conv kernel; no trace). */
export function conv2dForward(spec: ConvSpec): { output: Float32Array; outChannels: number; outH: number; outW: number } {
  const g = convSpecGeometry(spec);
  const y = tf.tidy(() => {
    const x = tf.tensor4d(Float32Array.from(spec.input), [1, g.inChannels, g.inH, g.inW]);
    const w = tf.tensor4d(Float32Array.from(spec.kernels), [g.outChannels, g.inChannels, g.kh, g.kw]);
    const b = spec.bias ? tf.tensor1d(Float32Array.from(spec.bias)) : undefined;
    return conv2d(x, w, b, { stride: spec.stride, padding: spec.padding, dilation: spec.dilation });
  });
  const output = copy(y);
  y.dispose();
  return { output, outChannels: g.outChannels, outH: g.outH, outW: g.outW };
}

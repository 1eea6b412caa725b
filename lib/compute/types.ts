/**
 * Shapes shared by the compute layer and the widgets that draw its results.
 * Plain data only (typed arrays and numbers), so a trace can cross into React without tensors.
 */

/** One convolution layer applied to one image, in the course's NCHW / OIHW conventions. */
export interface ConvSpec {
  /** Input image, row-major [C, H, W]. */
  input: ArrayLike<number>;
  inputShape: readonly [number, number, number];
  /** Kernels, row-major [O, C, kh, kw]. */
  kernels: ArrayLike<number>;
  kernelShape: readonly [number, number, number, number];
  /** One bias per output channel; omitted means zeros. */
  bias?: ArrayLike<number>;
  stride: number;
  padding: number;
  dilation: number;
}

/** Where a sliding window went: the input and output sizes, the window and its steps. */
export interface WindowGeometry {
  inH: number;
  inW: number;
  kh: number;
  kw: number;
  stride: number;
  padding: number;
  dilation: number;
  outH: number;
  outW: number;
}

/**
 * Everything a reader can see at every window position, all read from the tensors that
 * produce the output. P = outH * outW window positions (raster order), K = C * kh * kw.
 */
export interface ConvTrace extends WindowGeometry {
  inChannels: number;
  outChannels: number;
  /** im2col matrix [K, P]: row k = (channel, kernel row, kernel column), column p = window. */
  columns: Float32Array;
  /** Kernels flattened to rows [O, K]. */
  kernelRows: Float32Array;
  /** Element-wise products [O, P, K]. */
  products: Float32Array;
  /** Partial sums per input channel [O, P, C]. */
  channelSums: Float32Array;
  /** Sum of all products, before the bias [O, P]. */
  sums: Float32Array;
  bias: Float32Array;
  /** Output feature maps [O, outH, outW] = sums + bias. */
  output: Float32Array;
}

/**
 * The two ops that run a network backwards, in PyTorch's semantics (NCHW): the transposed
 * convolution (`conv_transpose2d`, the gradient of a conv2d with respect to its input; ZFNet's
 * deconvnet and learned upsampling) and max unpooling (`max_unpool2d`, each pooled value put back
 * at its switch, the arg-max that max pooling recorded).
 *
 * A transposed convolution is written as an ordinary one, so autodiff gives every gradient:
 * spread the input out by the stride (s − 1 zeros between neighbours), pad each side by
 * d(k − 1) − p (output_padding more at the bottom and right; a negative pad crops), and correlate
 * with the kernels flipped in space and with their two channel axes swapped (per group).
 */
import { tf } from './tf';
import { conv2d, weightedOpGradients, type Conv2dGradients } from './conv';
import { toPair, type Pair } from './spatial';

export interface ConvTranspose2dOptions {
  stride?: Pair;
  /** Rows/columns cropped from both sides of the full output (PyTorch's `padding`). */
  padding?: Pair;
  /** Extra rows/columns at the bottom/right, to pick one of the sizes a strided conv maps onto the same side. */
  outputPadding?: Pair;
  dilation?: Pair;
  groups?: number;
}

/** Same shape as a convolution's: dx, dw and (with a bias) db. */
export type ConvTranspose2dGradients = Conv2dGradients;

/** Output side of a transposed convolution: (n − 1)s − 2p + d(k − 1) + output_padding + 1. */
export function convTransposeOutputSize(n: number, k: number, s: number, p: number, d = 1, outputPadding = 0): number {
  return (n - 1) * s - 2 * p + d * (k - 1) + outputPadding + 1;
}

function resolve(xShape: readonly number[], wShape: readonly number[], opts: ConvTranspose2dOptions) {
  if (xShape.length !== 4) throw new Error(`The input must be 4-D [N, C, H, W] (got shape [${xShape}]).`);
  if (wShape.length !== 4) throw new Error(`The kernels must be 4-D [C, O/groups, kh, kw] (got shape [${wShape}]).`);
  const groups = opts.groups ?? 1;
  const stride = toPair(opts.stride ?? 1);
  const padding = toPair(opts.padding ?? 0);
  const outputPadding = toPair(opts.outputPadding ?? 0);
  const dilation = toPair(opts.dilation ?? 1);
  for (const [name, v, min] of [
    ['groups', groups, 1], ['stride', stride[0], 1], ['stride', stride[1], 1], ['padding', padding[0], 0], ['padding', padding[1], 0],
    ['output padding', outputPadding[0], 0], ['output padding', outputPadding[1], 0], ['dilation', dilation[0], 1], ['dilation', dilation[1], 1],
  ] as const) {
    if (!Number.isInteger(v) || v < min) throw new Error(`The ${name} must be a whole number of at least ${min} (got ${v}).`);
  }
  for (const a of [0, 1]) {
    if (outputPadding[a] >= Math.max(stride[a], dilation[a])) {
      throw new Error(`The output padding (${outputPadding[a]}) must be smaller than the stride or the dilation (${Math.max(stride[a], dilation[a])}).`);
    }
  }
  const [, c, h, w] = xShape;
  const [wc, og, kh, kw] = wShape;
  if (wc !== c) throw new Error(`The kernels are for ${wc} input channels, but the input has ${c}.`);
  if (c % groups !== 0) throw new Error(`The ${c} input channels must be divisible by the ${groups} groups.`);
  const outH = convTransposeOutputSize(h, kh, stride[0], padding[0], dilation[0], outputPadding[0]);
  const outW = convTransposeOutputSize(w, kw, stride[1], padding[1], dilation[1], outputPadding[1]);
  if (outH < 1 || outW < 1) throw new Error(`The padding (${padding}) crops away the whole output.`);
  return { groups, stride, padding, outputPadding, dilation, outChannels: og * groups, kh, kw };
}

/** Pads (or, where negative, crops) the two spatial axes of x [N,C,H,W]. */
function padOrCrop(x: tf.Tensor4D, [top, bottom]: [number, number], [left, right]: [number, number]): tf.Tensor4D {
  const padded = tf.pad(x, [[0, 0], [0, 0], [Math.max(0, top), Math.max(0, bottom)], [Math.max(0, left), Math.max(0, right)]]);
  const [n, c, h, w] = padded.shape;
  const t = Math.max(0, -top);
  const l = Math.max(0, -left);
  return tf.slice(padded, [0, 0, t, l], [n, c, h - t - Math.max(0, -bottom), w - l - Math.max(0, -right)]);
}

/** x [N,C,H,W] with (s − 1) zeros between neighbouring cells: [N,C,(H−1)s+1,(W−1)s+1]. */
function spread(x: tf.Tensor4D, [sh, sw]: [number, number]): tf.Tensor4D {
  if (sh === 1 && sw === 1) return x;
  const [n, c, h, w] = x.shape;
  const holes = tf.pad(tf.reshape(x, [n, c, h, 1, w, 1]), [[0, 0], [0, 0], [0, 0], [0, sh - 1], [0, 0], [0, sw - 1]]);
  return tf.slice(tf.reshape(holes, [n, c, h * sh, w * sw]) as tf.Tensor4D, [0, 0, 0, 0], [n, c, (h - 1) * sh + 1, (w - 1) * sw + 1]);
}

/**
 * y = conv_transpose2d(x, w) + b: x [N,C,H,W], w [C,O/groups,kh,kw] (PyTorch's layout for a
 * transposed convolution), b [O] → y [N,O,OH,OW].
 */
export function convTranspose2d(x: tf.Tensor4D, w: tf.Tensor4D, b?: tf.Tensor1D, opts: ConvTranspose2dOptions = {}): tf.Tensor4D {
  const r = resolve(x.shape, w.shape, opts);
  return tf.tidy(() => {
    const [c, og, kh, kw] = w.shape;
    const g = r.groups;
    // [C, O/g, kh, kw] → [O, C/g, kh, kw], each group's two channel axes swapped, then flipped in space.
    const swapped = g === 1 ? tf.transpose(w, [1, 0, 2, 3]) : tf.reshape(tf.transpose(tf.reshape(w, [g, c / g, og, kh, kw]), [0, 2, 1, 3, 4]), [g * og, c / g, kh, kw]);
    const flipped = tf.reverse(swapped, [2, 3]) as tf.Tensor4D;
    const lead = (a: 0 | 1) => r.dilation[a] * ((a === 0 ? kh : kw) - 1) - r.padding[a];
    const xs = padOrCrop(spread(x, r.stride), [lead(0), lead(0) + r.outputPadding[0]], [lead(1), lead(1) + r.outputPadding[1]]);
    return conv2d(xs, flipped, b, { dilation: r.dilation, groups: g });
  });
}

/** Gradients of sum(conv_transpose2d(x, w, b) * gy) with respect to x, w and (if given) b. */
export function convTranspose2dGradients(x: tf.Tensor4D, w: tf.Tensor4D, b: tf.Tensor1D | undefined, gy: tf.Tensor4D, opts: ConvTranspose2dOptions = {}): ConvTranspose2dGradients {
  return weightedOpGradients(convTranspose2d, x, w, b, gy, opts);
}

/** Rows of (plane, flat position) pairs for tf.scatterND / gatherND from switches [N,C,h,w]. */
function planeIndices(indices: tf.Tensor4D, planeSize: number): tf.Tensor2D {
  const [n, c, h, w] = indices.shape;
  const idx = tf.reshape(indices, [n * c, h * w]);
  const plane = tf.tile(tf.reshape(tf.range(0, n * c, 1, 'int32'), [n * c, 1]), [1, h * w]);
  const bad = tf.any(tf.logicalOr(tf.less(idx, 0), tf.greaterEqual(idx, planeSize))).dataSync()[0];
  if (bad) throw new Error(`Every switch must lie inside its ${planeSize}-cell plane.`);
  return tf.stack([tf.reshape(plane, [-1]), tf.reshape(tf.cast(idx, 'int32'), [-1])], 1) as tf.Tensor2D;
}

/**
 * Max unpooling: x [N,C,h,w] (pooled values), indices [N,C,h,w] int32 (flat `row*W + col` in each
 * H×W plane, as max pooling with switches gives them) → y [N,C,H,W], each value at its switch and
 * zeros elsewhere. Two windows that share a switch (overlapping pools) add up there, as the
 * gradient of max pooling does. Differentiable in x: the gradient reads gy back at the switches.
 */
export function maxUnpool2d(x: tf.Tensor4D, indices: tf.Tensor4D, outputSize: readonly [number, number]): tf.Tensor4D {
  if (x.shape.some((d, i) => d !== indices.shape[i])) {
    throw new Error(`The switches [${indices.shape}] must have the pooled values' shape [${x.shape}].`);
  }
  const [oh, ow] = outputSize;
  if (!Number.isInteger(oh) || !Number.isInteger(ow) || oh < 1 || ow < 1) throw new Error(`The output size must be two whole numbers of at least 1 (got ${oh}×${ow}).`);
  const [n, c] = x.shape;
  return tf.tidy(() => {
    const at = planeIndices(indices, oh * ow);
    const unpool = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
      const [values, where, save] = args as [tf.Tensor4D, tf.Tensor2D, tf.GradSaveFunc];
      save([where]); // the gradient runs after this tidy ends: keep the switches alive for it
      return {
        value: tf.reshape(tf.scatterND(where, tf.reshape(values, [-1]), [n * c, oh * ow]), [n, c, oh, ow]),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [
          tf.reshape(tf.gatherND(tf.reshape(dy, [n * c, oh * ow]), saved[0]), values.shape),
          tf.zerosLike(saved[0]),
        ],
      };
    });
    return unpool(x, at) as tf.Tensor4D;
  });
}

/** Gradient of sum(max_unpool2d(x, indices) * gy) with respect to x: gy read at the switches. */
export function maxUnpool2dGradient(x: tf.Tensor4D, indices: tf.Tensor4D, gy: tf.Tensor4D): tf.Tensor4D {
  const [, , oh, ow] = gy.shape;
  return tf.tidy(() => tf.grad((t: tf.Tensor) => maxUnpool2d(t as tf.Tensor4D, indices, [oh, ow]))(x, gy) as tf.Tensor4D);
}

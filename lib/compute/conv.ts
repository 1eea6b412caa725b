/**
 * 2-D convolution (cross-correlation, as in PyTorch) in NCHW / OIHW, with stride, zero padding,
 * dilation and groups, and its gradients.
 *
 * tfjs has no groups and cannot differentiate a dilated conv2d (nor run dilation with stride > 1),
 * so a dilated kernel is spread out explicitly (zeros between its taps): the result is the same
 * convolution computed as an ordinary one, every stride works, and autodiff gives all gradients.
 */
import { tf } from './tf';
import { nchwToNhwc, nhwcToNchw, oihwToHwio } from './layout';
import { slidingOutputSize, toPair, type Pair } from './spatial';

export interface Conv2dOptions {
  stride?: Pair;
  /** Zeros added on both sides of each spatial axis. */
  padding?: Pair;
  dilation?: Pair;
  groups?: number;
}

export interface Conv2dGradients {
  dx: tf.Tensor4D;
  dw: tf.Tensor4D;
  /** Present when a bias was given. */
  db?: tf.Tensor1D;
}

/** Throws a readable Error when x [N,C,H,W] and w [O,C/groups,kh,kw] cannot be convolved. */
export function checkConv2d(xShape: readonly number[], wShape: readonly number[], opts: Conv2dOptions = {}): void {
  if (xShape.length !== 4) throw new Error(`The input must be 4-D [N, C, H, W] (got shape [${xShape}]).`);
  if (wShape.length !== 4) throw new Error(`The kernels must be 4-D [O, C, kh, kw] (got shape [${wShape}]).`);
  const [, c, h, w] = xShape;
  const [o, cg, kh, kw] = wShape;
  const groups = opts.groups ?? 1;
  const [sh, sw] = toPair(opts.stride ?? 1);
  const [ph, pw] = toPair(opts.padding ?? 0);
  const [dh, dw] = toPair(opts.dilation ?? 1);
  for (const [name, v, min] of [
    ['groups', groups, 1], ['stride', sh, 1], ['stride', sw, 1], ['padding', ph, 0], ['padding', pw, 0],
    ['dilation', dh, 1], ['dilation', dw, 1],
  ] as const) {
    if (!Number.isInteger(v) || v < min) throw new Error(`The ${name} must be a whole number of at least ${min} (got ${v}).`);
  }
  if (c % groups !== 0 || o % groups !== 0) {
    throw new Error(`The ${c} input and ${o} output channels must both be divisible by the ${groups} groups.`);
  }
  if (cg * groups !== c) {
    throw new Error(`Each kernel has ${cg} channels, but the input has ${c} channels in ${groups} group(s) (${c / groups} per group).`);
  }
  if (slidingOutputSize(h, kh, sh, ph, dh) < 1 || slidingOutputSize(w, kw, sw, pw, dw) < 1) {
    throw new Error(
      `The kernel (${dh * (kh - 1) + 1}×${dw * (kw - 1) + 1} with dilation) is larger than the padded input (${h + 2 * ph}×${w + 2 * pw}).`,
    );
  }
}

/** The kernel with (d - 1) zeros between neighbouring taps: [O,C,kh,kw] -> [O,C,d(kh-1)+1,d(kw-1)+1]. */
export function dilateKernel(w: tf.Tensor4D, dilation: Pair): tf.Tensor4D {
  const [dh, dw] = toPair(dilation);
  if (dh === 1 && dw === 1) return w;
  return tf.tidy(() => {
    const [o, c, kh, kw] = w.shape;
    const spread = tf.pad(tf.reshape(w, [o, c, kh, 1, kw, 1]), [[0, 0], [0, 0], [0, 0], [0, dh - 1], [0, 0], [0, dw - 1]]);
    return tf.slice(tf.reshape(spread, [o, c, kh * dh, kw * dw]), [0, 0, 0, 0], [o, c, (kh - 1) * dh + 1, (kw - 1) * dw + 1]);
  }) as tf.Tensor4D;
}

/** y = conv2d(x, w) + b, x [N,C,H,W], w [O,C/groups,kh,kw], b [O] -> y [N,O,OH,OW]. */
export function conv2d(x: tf.Tensor4D, w: tf.Tensor4D, b?: tf.Tensor1D, opts: Conv2dOptions = {}): tf.Tensor4D {
  checkConv2d(x.shape, w.shape, opts);
  return tf.tidy(() => {
    const groups = opts.groups ?? 1;
    const strides = toPair(opts.stride ?? 1);
    const [ph, pw] = toPair(opts.padding ?? 0);
    const c = x.shape[1];
    const o = w.shape[0];
    const xh = nchwToNhwc(tf.pad(x, [[0, 0], [0, 0], [ph, ph], [pw, pw]]));
    const wd = dilateKernel(w, opts.dilation ?? 1);
    let yh: tf.Tensor4D;
    if (groups === 1) {
      yh = tf.conv2d(xh, oihwToHwio(wd), strides, 'valid');
    } else if (groups === c) {
      // Depthwise: output channel o = c * multiplier + m, the same order as PyTorch's groups.
      const [, , kh, kw] = wd.shape;
      const filter = tf.transpose(tf.reshape(wd, [c, o / c, kh, kw]), [2, 3, 0, 1]) as tf.Tensor4D;
      yh = tf.depthwiseConv2d(xh, filter, strides, 'valid');
    } else {
      const xs = tf.split(xh, groups, 3) as tf.Tensor4D[];
      const ws = tf.split(oihwToHwio(wd), groups, 3) as tf.Tensor4D[];
      yh = tf.concat(xs.map((xg, g) => tf.conv2d(xg, ws[g], strides, 'valid')), 3);
    }
    const y = nhwcToNchw(yh);
    return b ? tf.add(y, tf.reshape(b, [1, o, 1, 1])) : y;
  });
}

/** A layer's forward pass of input, kernels and optional bias, as a function tf.grads can differentiate. */
export type WeightedOp<O> = (x: tf.Tensor4D, w: tf.Tensor4D, b: tf.Tensor1D | undefined, opts: O) => tf.Tensor4D;

/** Gradients of sum(op(x, w, b) * gy) with respect to x, w and (if given) b, for any weighted op. */
export function weightedOpGradients<O>(op: WeightedOp<O>, x: tf.Tensor4D, w: tf.Tensor4D, b: tf.Tensor1D | undefined, gy: tf.Tensor4D, opts: O): Conv2dGradients {
  return tf.tidy(() => {
    if (b) {
      const f = (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => op(xx as tf.Tensor4D, ww as tf.Tensor4D, bb as tf.Tensor1D, opts);
      const [dx, dw, db] = tf.grads(f)([x, w, b], gy);
      return { dx: dx as tf.Tensor4D, dw: dw as tf.Tensor4D, db: db as tf.Tensor1D };
    }
    const f = (xx: tf.Tensor, ww: tf.Tensor) => op(xx as tf.Tensor4D, ww as tf.Tensor4D, undefined, opts);
    const [dx, dw] = tf.grads(f)([x, w], gy);
    return { dx: dx as tf.Tensor4D, dw: dw as tf.Tensor4D };
  }) as Conv2dGradients;
}

/** Gradients of sum(conv2d(x, w, b) * gy) with respect to x, w and (if given) b. */
export function conv2dGradients(x: tf.Tensor4D, w: tf.Tensor4D, b: tf.Tensor1D | undefined, gy: tf.Tensor4D, opts: Conv2dOptions = {}): Conv2dGradients {
  return weightedOpGradients(conv2d, x, w, b, gy, opts);
}

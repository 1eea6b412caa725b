/**
 * Pooling in NCHW, PyTorch's semantics: max pooling pads with -inf (a padding cell never wins)
 * and sends the gradient to the first arg-max of each window; average pooling either counts
 * padding cells in the divisor (count_include_pad, PyTorch's default) or not.
 */
import { tf } from './tf';
import { nchwToNhwc, nhwcToNchw } from './layout';
import { slidingOutputSize, toPair, type Pair } from './spatial';

export interface Pool2dOptions {
  kernel: Pair;
  /** Defaults to the kernel size, as in PyTorch. */
  stride?: Pair;
  padding?: Pair;
}

export interface AvgPool2dOptions extends Pool2dOptions {
  /** Divide by the whole window (true, PyTorch's default) or only by its real input cells. */
  countIncludePad?: boolean;
}

function resolve(x: tf.Tensor4D, opts: Pool2dOptions) {
  const kernel = toPair(opts.kernel);
  const stride = toPair(opts.stride ?? opts.kernel);
  const [ph, pw] = toPair(opts.padding ?? 0);
  for (const v of [...kernel, ...stride]) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`Pooling kernel and stride must be whole numbers of at least 1 (got ${v}).`);
  }
  for (const [p, k] of [[ph, kernel[0]], [pw, kernel[1]]]) {
    if (!Number.isInteger(p) || p < 0 || p > k / 2) {
      throw new Error(`Pooling padding must be a whole number between 0 and half the kernel size (got ${p} for a kernel of ${k}).`);
    }
  }
  const [, , h, w] = x.shape;
  if (slidingOutputSize(h, kernel[0], stride[0], ph) < 1 || slidingOutputSize(w, kernel[1], stride[1], pw) < 1) {
    throw new Error(`The pooling window (${kernel[0]}×${kernel[1]}) is larger than the padded input (${h + 2 * ph}×${w + 2 * pw}).`);
  }
  const paddings: Array<[number, number]> = [[0, 0], [0, 0], [ph, ph], [pw, pw]];
  return { kernel, stride, paddings };
}

export function maxPool2d(x: tf.Tensor4D, opts: Pool2dOptions): tf.Tensor4D {
  const { kernel, stride, paddings } = resolve(x, opts);
  return tf.tidy(() => nhwcToNchw(tf.maxPool(nchwToNhwc(tf.pad(x, paddings, -Infinity)), kernel, stride, 'valid')));
}

export function avgPool2d(x: tf.Tensor4D, opts: AvgPool2dOptions): tf.Tensor4D {
  const { kernel, stride, paddings } = resolve(x, opts);
  return tf.tidy(() => {
    const windowMean = (t: tf.Tensor4D) => nhwcToNchw(tf.avgPool(nchwToNhwc(tf.pad(t, paddings)), kernel, stride, 'valid'));
    const y = windowMean(x);
    if (opts.countIncludePad ?? true) return y;
    // Rescale each window from its full size to the fraction of it that lies on the image.
    const [, , h, w] = x.shape;
    const realFraction = windowMean(tf.ones([1, 1, h, w]));
    return tf.div(y, realFraction);
  });
}

export interface MaxPoolWithSwitches {
  y: tf.Tensor4D;
  /** The arg-max of each window (the first, in raster order, on a tie), flat `row*W + col` in its H×W plane; int32. */
  switches: tf.Tensor4D;
}

/**
 * Max pooling that also records its switches, as ZFNet's deconvnet needs them and PyTorch's
 * `max_pool2d(return_indices=True)` gives them. The switches are found on the host: the maps a
 * widget pools are small, and tfjs's own arg-max index mixes in the channels and the batch.
 */
export function maxPool2dWithSwitches(x: tf.Tensor4D, opts: Pool2dOptions): MaxPoolWithSwitches {
  const { kernel, stride, paddings } = resolve(x, opts);
  const [n, c, h, w] = x.shape;
  const [ph, pw] = [paddings[2][0], paddings[3][0]];
  const oh = slidingOutputSize(h, kernel[0], stride[0], ph);
  const ow = slidingOutputSize(w, kernel[1], stride[1], pw);
  const data = x.dataSync();
  const switches = new Int32Array(n * c * oh * ow);
  const values = new Float32Array(switches.length);
  let out = 0;
  for (let plane = 0; plane < n * c; plane++) {
    const base = plane * h * w;
    for (let i = 0; i < oh; i++) {
      for (let j = 0; j < ow; j++, out++) {
        let best = -Infinity;
        let at = -1;
        for (let a = 0; a < kernel[0]; a++) {
          const r = i * stride[0] - ph + a;
          if (r < 0 || r >= h) continue;
          for (let b = 0; b < kernel[1]; b++) {
            const col = j * stride[1] - pw + b;
            if (col < 0 || col >= w) continue;
            const v = data[base + r * w + col];
            if (at < 0 || v > best) [best, at] = [v, r * w + col];
          }
        }
        switches[out] = at;
        values[out] = best;
      }
    }
  }
  return { y: tf.tensor4d(values, [n, c, oh, ow]), switches: tf.tensor4d(switches, [n, c, oh, ow], 'int32') };
}

/** Mean of each feature map: [N,C,H,W] -> [N,C,1,1]. */
export function globalAvgPool2d(x: tf.Tensor4D): tf.Tensor4D {
  return tf.mean(x, [2, 3], true);
}

/** Gradient of sum(pool(x) * gy) with respect to x, for any of the pools above. */
function poolGradient(pool: (x: tf.Tensor4D) => tf.Tensor4D, x: tf.Tensor4D, gy: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => tf.grad((t: tf.Tensor) => pool(t as tf.Tensor4D))(x, gy) as tf.Tensor4D);
}

export const maxPool2dGradient = (x: tf.Tensor4D, gy: tf.Tensor4D, opts: Pool2dOptions) =>
  poolGradient((t) => maxPool2d(t, opts), x, gy);

export const avgPool2dGradient = (x: tf.Tensor4D, gy: tf.Tensor4D, opts: AvgPool2dOptions) =>
  poolGradient((t) => avgPool2d(t, opts), x, gy);

export const globalAvgPool2dGradient = (x: tf.Tensor4D, gy: tf.Tensor4D) => poolGradient(globalAvgPool2d, x, gy);

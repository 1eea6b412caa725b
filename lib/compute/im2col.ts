/**
 * im2col: every window of an image laid out as one column, exactly as
 * torch.nn.functional.unfold does for one image: rows (channel, kernel row, kernel column),
 * columns the output positions in raster order. A convolution is then one matrix product.
 */
import { tf } from './tf';
import { slidingOutputSize, toPair, type Pair } from './spatial';

export interface Im2colOptions {
  kernel: Pair;
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
}

export interface Im2colGeometry {
  kh: number;
  kw: number;
  outH: number;
  outW: number;
  paddedH: number;
  paddedW: number;
  /** For kernel cell (i, j) (slow) and window p (fast): the flat index into the padded H×W plane. */
  indices: Int32Array;
}

/** Where each window reads in the zero-padded plane; throws if no window fits. Plain arithmetic. */
export function im2colGeometry(h: number, w: number, opts: Im2colOptions): Im2colGeometry {
  const [kh, kw] = toPair(opts.kernel);
  const [sh, sw] = toPair(opts.stride ?? 1);
  const [ph, pw] = toPair(opts.padding ?? 0);
  const [dh, dw] = toPair(opts.dilation ?? 1);
  for (const [name, v, min] of [
    ['kernel size', kh, 1], ['kernel size', kw, 1], ['stride', sh, 1], ['stride', sw, 1],
    ['padding', ph, 0], ['padding', pw, 0], ['dilation', dh, 1], ['dilation', dw, 1],
  ] as const) {
    if (!Number.isInteger(v) || v < min) throw new Error(`The ${name} must be a whole number of at least ${min} (got ${v}).`);
  }
  const outH = slidingOutputSize(h, kh, sh, ph, dh);
  const outW = slidingOutputSize(w, kw, sw, pw, dw);
  if (outH < 1 || outW < 1) {
    throw new Error(
      `The kernel (${dh * (kh - 1) + 1}×${dw * (kw - 1) + 1} with dilation) is larger than the padded input (${h + 2 * ph}×${w + 2 * pw}).`,
    );
  }
  const paddedW = w + 2 * pw;
  const indices = new Int32Array(kh * kw * outH * outW);
  let n = 0;
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      for (let oy = 0; oy < outH; oy++) {
        const rowStart = (oy * sh + i * dh) * paddedW + j * dw;
        for (let ox = 0; ox < outW; ox++) indices[n++] = rowStart + ox * sw;
      }
    }
  }
  return { kh, kw, outH, outW, paddedH: h + 2 * ph, paddedW, indices };
}

/** x [C,H,W] -> columns [C*kh*kw, OH*OW] (a gather from the zero-padded image; differentiable). */
export function im2col(x: tf.Tensor3D, opts: Im2colOptions): tf.Tensor2D {
  const [c, h, w] = x.shape;
  const g = im2colGeometry(h, w, opts);
  const [ph, pw] = toPair(opts.padding ?? 0);
  return tf.tidy(() => {
    const padded = tf.reshape(tf.pad(x, [[0, 0], [ph, ph], [pw, pw]]), [c, g.paddedH * g.paddedW]);
    const gathered = tf.gather(padded, tf.tensor1d(g.indices, 'int32'), 1);
    return tf.reshape(gathered, [c * g.kh * g.kw, g.outH * g.outW]);
  });
}

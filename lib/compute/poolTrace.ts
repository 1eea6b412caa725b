/**
 * What a pooling widget shows at every window, read from the golden-tested ops in pooling.ts:
 * the output, and where each output's gradient lands (its "route"). Routes are the gradient of
 * each output alone, computed for all windows in one batched call: the input repeated once per
 * window, with an upstream gradient of 1 at that window's output and 0 elsewhere. So the arg-max
 * a widget highlights is the cell PyTorch's backward pass would pick, ties included.
 */
import { tf } from './tf';
import { avgPool2d, avgPool2dGradient, maxPool2d, maxPool2dGradient } from './pooling';
import { slidingOutputSize } from './spatial';
import type { WindowGeometry } from './types';

export type PoolMode = 'max' | 'avg';

export interface PoolTraceSpec {
  /** One feature map, row-major [H, W]. */
  input: ArrayLike<number>;
  height: number;
  width: number;
  mode: PoolMode;
  kernel: number;
  stride: number;
  padding: number;
  /** Average pooling only: divide by the whole window (PyTorch's default) or only by its real cells. */
  countIncludePad?: boolean;
}

export interface PoolTrace extends WindowGeometry {
  mode: PoolMode;
  countIncludePad: boolean;
  dilation: 1;
  /** The pooled map [outH, outW]. */
  output: Float32Array;
  /** d output_p / d (kernel cell k of window p) [P, kh·kw]; 0 at padding cells (they are not inputs). */
  routes: Float32Array;
  /** Share of each window's gradient that falls on padding and is dropped [P] (average pooling that
   * counts padding in its divisor; 0 otherwise). */
  lostShare: Float32Array;
}

/** Windows × input cells above which the batched routes would take too long for a widget. */
export const MAX_POOL_TRACE_CELLS = 2_000_000;

export function poolingTrace(spec: PoolTraceSpec): PoolTrace {
  const { height: H, width: W, kernel: k, stride, padding, mode } = spec;
  const countIncludePad = spec.countIncludePad ?? true;
  if (spec.input.length !== H * W) throw new Error(`Expected ${H}×${W} = ${H * W} values, got ${spec.input.length}.`);
  const outH = slidingOutputSize(H, k, stride, padding);
  const outW = slidingOutputSize(W, k, stride, padding);
  const P = outH * outW;
  if (P > 0 && P * H * W > MAX_POOL_TRACE_CELLS) throw new Error(`A ${H}×${W} input gives too many windows (${P}) to trace.`);
  const opts = { kernel: k, stride, padding, countIncludePad };
  const pool = mode === 'max' ? maxPool2d : avgPool2d;
  const gradient = mode === 'max' ? maxPool2dGradient : avgPool2dGradient;
  // pooling.ts validates the settings (and throws in words) before anything is allocated.
  const { output, perWindow } = tf.tidy(() => {
    const x = tf.tensor4d(Float32Array.from(spec.input), [1, 1, H, W]);
    const y = pool(x, opts);
    const batch = tf.tile(x, [P, 1, 1, 1]) as tf.Tensor4D;
    const oneHot = tf.reshape(tf.eye(P), [P, 1, outH, outW]) as tf.Tensor4D;
    const dx = gradient(batch, oneHot, opts);
    return { output: y.dataSync() as Float32Array, perWindow: dx.dataSync() as Float32Array };
  });
  const K = k * k;
  const routes = new Float32Array(P * K);
  const lostShare = new Float32Array(P);
  for (let p = 0; p < P; p++) {
    const top = Math.floor(p / outW) * stride - padding;
    const left = (p % outW) * stride - padding;
    let landed = 0;
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        const r = top + i;
        const c = left + j;
        if (r < 0 || r >= H || c < 0 || c >= W) continue;
        // Overlapping windows of the same batch entry cannot mix: only window p has a gradient.
        const g = perWindow[p * H * W + r * W + c];
        routes[p * K + i * k + j] = g;
        landed += g;
      }
    lostShare[p] = mode === 'avg' && countIncludePad ? Math.max(0, 1 - landed) : 0;
  }
  return { mode, countIncludePad, inH: H, inW: W, kh: k, kw: k, stride, padding, dilation: 1, outH, outW, output, routes, lostShare };
}

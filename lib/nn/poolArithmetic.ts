/**
 * Output size of a pooling layer along one axis, in PyTorch's two rounding modes. Plain
 * arithmetic, no tfjs. Floor mode is convOutputSize's formula; ceil mode (PyTorch's
 * ceil_mode=True, Caffe's only mode) rounds up, so a last, partial window covers the rows that
 * floor mode would drop, but never a window that starts in the right or bottom padding.
 */
import { convOutputSize, type OutputSize } from './convArithmetic';

export interface PoolGeometry {
  n: number;
  f: number;
  /** Padding on each side; PyTorch allows at most half the kernel. */
  p?: number;
  /** Defaults to the kernel size, as in PyTorch. */
  s?: number;
  ceilMode?: boolean;
}

export function poolOutputSize({ n, f, p = 0, s = f, ceilMode = false }: PoolGeometry): OutputSize {
  const floor = convOutputSize({ n, f, p, s });
  if (!floor.ok) return floor;
  if (p > f / 2) return { ok: false, error: `Pooling padding must be at most half the kernel (got ${p} for a kernel of ${f}).` };
  if (!ceilMode || floor.exact) return floor;
  let size = Math.ceil((n + 2 * p - f) / s) + 1;
  // PyTorch: the last window must start inside the input or the left padding.
  if ((size - 1) * s >= n + p) size -= 1;
  return { ...floor, size, exact: size === floor.size ? floor.exact : true, leftover: size === floor.size ? floor.leftover : 0 };
}

/**
 * Shapes, parameter counts and multiply-accumulates of convolution and fully connected layers.
 * Plain TypeScript, no tfjs: lessons, widgets and tests share these formulas.
 */

export interface ConvGeometry {
  /** Input size along one axis (height or width). */
  n: number;
  /** Kernel size along that axis. */
  f: number;
  /** Zero padding added on each side. */
  p: number;
  /** Stride. */
  s: number;
  /** Dilation (1 = an ordinary kernel). */
  d?: number;
}

export type OutputSize =
  | { ok: true; size: number; exact: boolean; effectiveKernel: number; leftover: number }
  | { ok: false; error: string };

/**
 * Output size along one axis: floor((n + 2p - d(f-1) - 1) / s) + 1, i.e. (n + 2p - f)/s + 1
 * for d = 1. `exact` is false when the last window does not reach the far border, so
 * `leftover` input rows or columns are never read (frameworks floor; nothing is rounded up).
 */
export function convOutputSize({ n, f, p, s, d = 1 }: ConvGeometry): OutputSize {
  for (const [name, v, min] of [
    ['input size', n, 1],
    ['kernel size', f, 1],
    ['padding', p, 0],
    ['stride', s, 1],
    ['dilation', d, 1],
  ] as const) {
    if (!Number.isInteger(v)) return { ok: false, error: `The ${name} must be a whole number (got ${v}).` };
    if (v < min) return { ok: false, error: `The ${name} must be at least ${min} (got ${v}).` };
  }
  const effectiveKernel = d * (f - 1) + 1;
  const span = n + 2 * p - effectiveKernel;
  if (span < 0) {
    return {
      ok: false,
      error: `The kernel (${effectiveKernel} wide${d > 1 ? ' after dilation' : ''}) is larger than the padded input (${n + 2 * p}).`,
    };
  }
  return { ok: true, size: Math.floor(span / s) + 1, exact: span % s === 0, effectiveKernel, leftover: span % s };
}

export interface ConvLayer {
  inH: number;
  inW: number;
  cin: number;
  cout: number;
  kh: number;
  kw: number;
  stride: number;
  padding: number;
  dilation?: number;
  groups?: number;
  bias?: boolean;
}

/** Trainable parameters: (kh·kw·cin/groups + 1)·cout with a bias, kh·kw·cin/groups·cout without. */
export function convParams({ kh, kw, cin, cout, groups = 1, bias = true }: ConvLayer): number {
  return (kh * kw * (cin / groups) + (bias ? 1 : 0)) * cout;
}

/** Output shape [cout, outH, outW], or the reason there is none. */
export function convOutputShape(layer: ConvLayer):
  | { ok: true; shape: [number, number, number]; exact: boolean }
  | { ok: false; error: string } {
  const d = layer.dilation ?? 1;
  const h = convOutputSize({ n: layer.inH, f: layer.kh, p: layer.padding, s: layer.stride, d });
  if (!h.ok) return h;
  const w = convOutputSize({ n: layer.inW, f: layer.kw, p: layer.padding, s: layer.stride, d });
  if (!w.ok) return w;
  const groups = layer.groups ?? 1;
  if (layer.cin % groups !== 0 || layer.cout % groups !== 0) {
    return { ok: false, error: `Both channel counts must be divisible by the ${groups} groups.` };
  }
  return { ok: true, shape: [layer.cout, h.size, w.size], exact: h.exact && w.exact };
}

/** Multiply-accumulates: one per kernel weight per output element (bias additions not counted). */
export function convMacs(layer: ConvLayer): number {
  const out = convOutputShape(layer);
  if (!out.ok) return NaN;
  const [c, h, w] = out.shape;
  return c * h * w * (layer.cin / (layer.groups ?? 1)) * layer.kh * layer.kw;
}

/** A fully connected layer from nIn to nOut units: nIn·nOut weights (+ nOut biases), nIn·nOut MACs. */
export function fcParams(nIn: number, nOut: number, bias = true): number {
  return nIn * nOut + (bias ? nOut : 0);
}

export function fcMacs(nIn: number, nOut: number): number {
  return nIn * nOut;
}

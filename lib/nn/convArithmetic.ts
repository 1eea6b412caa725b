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

/** Everything a cost counter shows for one convolution, next to a fully connected layer that maps
 * the same input to the same number of outputs. */
export interface ConvCost {
  /** Output height and width, and how each axis came out of (n + 2p - f)/s + 1. */
  outH: number;
  outW: number;
  axisH: AxisDetail;
  axisW: AxisDetail;
  cout: number;
  /** Weights per kernel: kh·kw·cin. */
  weightsPerKernel: number;
  params: number;
  macs: number;
  /** The fully connected layer: inputs H·W·cin, outputs outH·outW·cout. */
  fc: { inputs: number; outputs: number; params: number; macs: number };
  /** fc.params / params and fc.macs / macs. */
  paramRatio: number;
  macRatio: number;
}

export interface AxisDetail {
  n: number;
  f: number;
  p: number;
  s: number;
  /** (n + 2p - f)/s + 1 before flooring. */
  raw: number;
  size: number;
  exact: boolean;
  /** Input rows (or columns) past the last window, never read. */
  leftover: number;
}

export type ConvCostResult = ({ ok: true } & ConvCost) | { ok: false; error: string; field?: keyof ConvLayer };

const positiveWhole = (label: string, v: number, min: number): string | null => {
  if (!Number.isFinite(v)) return `The ${label} is missing or not a number.`;
  if (!Number.isInteger(v)) return `The ${label} must be a whole number (got ${v}).`;
  if (v < min) return `The ${label} must be at least ${min} (got ${v}).`;
  return null;
};

/**
 * Output shape, parameters and MACs of a square-kernel convolution (dilation 1, one group), and
 * what a fully connected layer with the same input and output sizes would cost. Invalid input
 * (missing, fractional, negative, zero stride, kernel larger than the padded input) gives a
 * message naming the field, never NaN.
 */
export function describeConvCost(layer: ConvLayer): ConvCostResult {
  const checks: [keyof ConvLayer, string, number, number][] = [
    ['inH', 'input height', layer.inH, 1],
    ['inW', 'input width', layer.inW, 1],
    ['cin', 'number of input channels', layer.cin, 1],
    ['kh', 'kernel height', layer.kh, 1],
    ['kw', 'kernel width', layer.kw, 1],
    ['cout', 'number of kernels (output channels)', layer.cout, 1],
    ['stride', 'stride', layer.stride, 1],
    ['padding', 'padding', layer.padding, 0],
  ];
  for (const [field, label, v, min] of checks) {
    const error = positiveWhole(label, v, min);
    if (error) return { ok: false, error, field };
  }
  const axis = (n: number, f: number, field: 'kh' | 'kw'): AxisDetail | { error: string; field: keyof ConvLayer } => {
    const { padding: p, stride: s } = layer;
    const out = convOutputSize({ n, f, p, s });
    if (!out.ok) return { error: out.error, field };
    return { n, f, p, s, raw: (n + 2 * p - f) / s + 1, size: out.size, exact: out.exact, leftover: out.leftover };
  };
  const axisH = axis(layer.inH, layer.kh, 'kh');
  if ('error' in axisH) return { ok: false, ...axisH };
  const axisW = axis(layer.inW, layer.kw, 'kw');
  if ('error' in axisW) return { ok: false, ...axisW };
  const plain: ConvLayer = { ...layer, dilation: 1, groups: 1 };
  const params = convParams(plain);
  const macs = convMacs(plain);
  const inputs = layer.inH * layer.inW * layer.cin;
  const outputs = axisH.size * axisW.size * layer.cout;
  const fc = { inputs, outputs, params: fcParams(inputs, outputs, layer.bias ?? true), macs: fcMacs(inputs, outputs) };
  return {
    ok: true,
    outH: axisH.size,
    outW: axisW.size,
    axisH,
    axisW,
    cout: layer.cout,
    weightsPerKernel: layer.kh * layer.kw * layer.cin,
    params,
    macs,
    fc,
    paramRatio: fc.params / params,
    macRatio: fc.macs / macs,
  };
}

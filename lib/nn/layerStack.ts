/**
 * A tiny walker over a plain list of layers: from an input shape, each layer's output shape,
 * trainable parameters and multiply-accumulates. Plain TypeScript, no tfjs.
 *
 * Shapes are channels first, like the reference architectures: [C, H, W] for feature maps,
 * [N] for a flat vector.
 */
import { convMacs, convOutputShape, convOutputSize, convParams, fcMacs, fcParams } from './convArithmetic';

export type FeatureShape = readonly [c: number, h: number, w: number];
export type VectorShape = readonly [n: number];
export type Shape = FeatureShape | VectorShape;

export type LayerSpec =
  | { kind: 'conv'; cout: number; kernel: number; stride?: number; padding?: number; bias?: boolean }
  | { kind: 'pool'; kernel: number; stride?: number; padding?: number; mode?: 'max' | 'avg' }
  | { kind: 'relu' }
  | { kind: 'flatten' }
  /** A fully connected layer; a feature map input is flattened first (C·H·W values). */
  | { kind: 'fc'; units: number; bias?: boolean };

export type LayerKind = LayerSpec['kind'];

export interface LayerResult {
  index: number;
  layer: LayerSpec;
  inShape: Shape;
  outShape: Shape;
  params: number;
  macs: number;
  /** Values in the output (activations to keep in memory per example). */
  activations: number;
  /** False when (n + 2p - f)/s + 1 was not whole and the last rows or columns were skipped. */
  exact: boolean;
}

export interface StackTotals {
  params: number;
  macs: number;
  activations: number;
}

export type StackResult =
  | { ok: true; layers: LayerResult[]; output: Shape; totals: StackTotals }
  /** `layers` holds the layers before the one that failed, at index `failedAt`. */
  | { ok: false; error: string; failedAt: number; layers: LayerResult[]; totals: StackTotals };

const isFeature = (s: Shape): s is FeatureShape => s.length === 3;
const size = (s: Shape) => s.reduce((a, b) => a * b, 1);

/** "55×55×96" (height × width × channels, the way the course writes feature maps) or "4096". */
export function shapeLabel(s: Shape): string {
  return isFeature(s) ? `${s[1]}×${s[2]}×${s[0]}` : `${s[0]}`;
}

type Step = { ok: true; out: Shape; params: number; macs: number; exact: boolean } | { ok: false; error: string };

const wholeAtLeast = (label: string, v: number, min: number): string | null =>
  Number.isInteger(v) && v >= min ? null : `The ${label} must be a whole number of at least ${min} (got ${v}).`;

function step(input: Shape, layer: LayerSpec): Step {
  switch (layer.kind) {
    case 'relu':
      return { ok: true, out: input, params: 0, macs: 0, exact: true };
    case 'flatten':
      return { ok: true, out: [size(input)], params: 0, macs: 0, exact: true };
    case 'fc': {
      const bad = wholeAtLeast('number of units', layer.units, 1);
      if (bad) return { ok: false, error: bad };
      const n = size(input);
      return { ok: true, out: [layer.units], params: fcParams(n, layer.units, layer.bias ?? true), macs: fcMacs(n, layer.units), exact: true };
    }
    case 'conv': {
      if (!isFeature(input)) return { ok: false, error: 'A convolution needs a feature map (H×W×C), not a flat vector: put it before the flatten.' };
      const bad = wholeAtLeast('number of kernels', layer.cout, 1);
      if (bad) return { ok: false, error: bad };
      const [cin, inH, inW] = input;
      const conv = { inH, inW, cin, cout: layer.cout, kh: layer.kernel, kw: layer.kernel, stride: layer.stride ?? 1, padding: layer.padding ?? 0, bias: layer.bias ?? true };
      const out = convOutputShape(conv);
      if (!out.ok) return out;
      return { ok: true, out: out.shape, params: convParams(conv), macs: convMacs(conv), exact: out.exact };
    }
    case 'pool': {
      if (!isFeature(input)) return { ok: false, error: 'Pooling needs a feature map (H×W×C), not a flat vector.' };
      const [c, h, w] = input;
      const geometry = { f: layer.kernel, p: layer.padding ?? 0, s: layer.stride ?? layer.kernel };
      if (Number.isInteger(layer.kernel) && Math.min(h, w) + 2 * geometry.p < layer.kernel) {
        return { ok: false, error: `The ${layer.kernel}×${layer.kernel} pooling window does not fit in the ${h}×${w} feature map.` };
      }
      const oh = convOutputSize({ n: h, ...geometry });
      if (!oh.ok) return oh;
      const ow = convOutputSize({ n: w, ...geometry });
      if (!ow.ok) return ow;
      return { ok: true, out: [c, oh.size, ow.size], params: 0, macs: 0, exact: oh.exact && ow.exact };
    }
  }
}

function validShape(s: Shape): string | null {
  if (s.length !== 1 && s.length !== 3) return 'The input shape must be [C, H, W] or [N].';
  return s.every((v) => Number.isInteger(v) && v >= 1) ? null : `Every input dimension must be a whole number of at least 1 (got ${s.join(', ')}).`;
}

/** Walk the layers in order; stops at the first layer that cannot be applied and says why. */
export function walkLayers(input: Shape, layers: readonly LayerSpec[]): StackResult {
  const results: LayerResult[] = [];
  const totals: StackTotals = { params: 0, macs: 0, activations: 0 };
  const badInput = validShape(input);
  if (badInput) return { ok: false, error: badInput, failedAt: -1, layers: results, totals };
  let shape = input;
  for (const [index, layer] of layers.entries()) {
    const r = step(shape, layer);
    if (!r.ok) return { ok: false, error: r.error, failedAt: index, layers: results, totals };
    const activations = size(r.out);
    results.push({ index, layer, inShape: shape, outShape: r.out, params: r.params, macs: r.macs, activations, exact: r.exact });
    totals.params += r.params;
    totals.macs += r.macs;
    totals.activations += activations;
    shape = r.out;
  }
  return { ok: true, layers: results, output: shape, totals };
}

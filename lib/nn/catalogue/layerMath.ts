/**
 * One layer applied to one input shape: output shape, parameters, multiply-accumulates, whether
 * its output is stored, and what it does to the receptive field along each axis.
 * MACs follow the reference contract: convolutions out_elements · cin/groups · kh · kw, fully
 * connected layers in · out; bias, batch norm, pooling and activations cost none.
 */
import { convOutputSize } from '../convArithmetic';
import { shapeLabel } from '../layerStack';
import type { FeatureShape, LayerSpec, Padding, Shape } from './graph';

/** A window along one axis as the receptive field sees it: effective kernel, stride, leading padding. */
export interface AxisWindow {
  kernel: number;
  stride: number;
  padding: number;
}

export interface Step {
  out: Shape;
  params: number;
  macs: number;
  stored: boolean;
  /** Windows along [height, width]; 'identity' leaves the field as it is; 'global' sees everything. */
  field: readonly [AxisWindow, AxisWindow] | 'identity' | { global: string };
}

export const isFeature = (s: Shape): s is FeatureShape => s.length === 3;
export const count = (s: Shape): number => s.reduce((a, b) => a * b, 1);

/** Padding before and after along one axis (0 = rows, 1 = columns) for an input of size n. */
export function padsAlong(padding: Padding, axis: 0 | 1, n: number, kernel: number, stride: number): [number, number] {
  if (padding === 'same') {
    const total = Math.max((Math.ceil(n / stride) - 1) * stride + kernel - n, 0);
    return [Math.floor(total / 2), total - Math.floor(total / 2)];
  }
  if (typeof padding === 'number') return [padding, padding];
  if (Array.isArray(padding)) return [padding[axis], padding[axis]];
  const sides = padding as Exclude<Padding, number | 'same' | readonly [number, number]>;
  return axis === 0 ? [sides.top, sides.bottom] : [sides.left, sides.right];
}

type AxisOut = { ok: true; size: number; window: AxisWindow } | { ok: false; error: string };

function axisOut(n: number, f: number, s: number, d: number, padding: Padding, axis: 0 | 1, ceil: boolean): AxisOut {
  const [before, after] = padsAlong(padding, axis, n, d * (f - 1) + 1, s);
  if (before < 0 || after < 0 || !Number.isInteger(before) || !Number.isInteger(after)) {
    return { ok: false, error: `the padding must be a whole number of at least 0 (got ${before}, ${after}).` };
  }
  const r = convOutputSize({ n: n + before + after, f, p: 0, s, d });
  if (!r.ok) return { ok: false, error: lowerFirst(r.error) };
  let size = r.size;
  // PyTorch's ceil_mode keeps a last partial window unless it would start in the right padding.
  if (ceil && !r.exact) {
    size += 1;
    if ((size - 1) * s >= n + before) size -= 1;
  }
  return { ok: true, size, window: { kernel: r.effectiveKernel, stride: s, padding: before } };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const whole = (label: string, v: number, min: number): string | null =>
  Number.isInteger(v) && v >= min ? null : `the ${label} must be a whole number of at least ${min} (got ${v}).`;

/** Apply one layer; a string is the reason it cannot be applied (the caller names the layer). */
export function applyLayer(layer: LayerSpec, input: Shape): Step | string {
  const identity: Step = { out: input, params: 0, macs: 0, stored: false, field: 'identity' };
  switch (layer.kind) {
    case 'act':
    case 'dropout':
      return identity;
    case 'flatten':
      return { ...identity, out: [count(input)], field: isFeature(input) && count(input) > input[0] ? { global: 'flattened for a fully connected layer' } : 'identity' };
    case 'bn': {
      const c = input[0];
      if (layer.channels !== undefined && layer.channels !== c) return `batch norm for ${layer.channels} channels applied to ${shapeLabel(input)}.`;
      return { out: input, params: 2 * c, macs: 0, stored: true, field: 'identity' };
    }
    case 'fc': {
      if (isFeature(input)) return `a fully connected layer needs a flat vector, not the ${shapeLabel(input)} feature map (flatten it first).`;
      const bad = whole('number of units', layer.units, 1);
      if (bad) return bad;
      const n = input[0];
      if (layer.inputs !== undefined && layer.inputs !== n) return `defined for ${layer.inputs} inputs but receives ${n}.`;
      return { out: [layer.units], params: n * layer.units + (layer.bias ? layer.units : 0), macs: n * layer.units, stored: true, field: { global: 'a fully connected layer' } };
    }
    case 'conv':
      return applyConv(layer, input);
    case 'pool': {
      if (!isFeature(input)) return `pooling needs a feature map, not a flat vector of ${input[0]}.`;
      const [c, h, w] = input;
      const oh = axisOut(h, layer.kernel, layer.stride, 1, layer.padding, 0, layer.ceil);
      if (!oh.ok) return oh.error;
      const ow = axisOut(w, layer.kernel, layer.stride, 1, layer.padding, 1, layer.ceil);
      if (!ow.ok) return ow.error;
      const unchanged = layer.kernel === 1 && layer.stride === 1;
      return { out: [c, oh.size, ow.size], params: 0, macs: 0, stored: !unchanged, field: [oh.window, ow.window] };
    }
    case 'adaptivePool': {
      if (!isFeature(input)) return `pooling needs a feature map, not a flat vector of ${input[0]}.`;
      const [c, h, w] = input;
      const [oh, ow] = layer.size;
      const bad = whole('output size', oh, 1) ?? whole('output size', ow, 1);
      if (bad) return bad;
      const out: Shape = [c, oh, ow];
      if (oh === h && ow === w) return { ...identity, out };
      if (oh === 1 && ow === 1) return { out, params: 0, macs: 0, stored: true, field: { global: 'global pooling' } };
      // Uniform windows only when the sizes divide; otherwise the windows overlap unevenly.
      if (h % oh === 0 && w % ow === 0) {
        const window = (n: number, o: number): AxisWindow => ({ kernel: n / o, stride: n / o, padding: 0 });
        return { out, params: 0, macs: 0, stored: true, field: [window(h, oh), window(w, ow)] };
      }
      return { out, params: 0, macs: 0, stored: true, field: { global: 'adaptive pooling with uneven windows' } };
    }
    case 'globalPool': {
      if (!isFeature(input)) return `pooling needs a feature map, not a flat vector of ${input[0]}.`;
      const c = input[0];
      return { out: layer.keepDims ? [c, 1, 1] : [c], params: 0, macs: 0, stored: true, field: { global: 'global pooling' } };
    }
    case 'chunk': {
      const c = input[0];
      const bad = whole('number of parts', layer.parts, 1);
      if (bad) return bad;
      if (c % layer.parts !== 0) return `${c} channels cannot be split into ${layer.parts} equal parts.`;
      if (!Number.isInteger(layer.index) || layer.index < 0 || layer.index >= layer.parts) return `there is no part ${layer.index} of ${layer.parts}.`;
      return { ...identity, out: isFeature(input) ? [c / layer.parts, input[1], input[2]] : [c / layer.parts] };
    }
    case 'shuffle': {
      const bad = whole('number of groups', layer.groups, 1);
      if (bad) return bad;
      if (input[0] % layer.groups !== 0) return `${input[0]} channels cannot be shuffled in ${layer.groups} groups.`;
      return { ...identity, stored: true };
    }
  }
}

function applyConv(layer: Extract<LayerSpec, { kind: 'conv' }>, input: Shape): Step | string {
  if (!isFeature(input)) return `a convolution needs a feature map, not a flat vector of ${input[0]}.`;
  const [cin, h, w] = input;
  if (layer.cin !== undefined && layer.cin !== cin) return `defined for ${layer.cin} input channels but receives ${shapeLabel(input)}.`;
  const bad = whole('number of output channels', layer.cout, 1) ?? whole('number of groups', layer.groups, 1);
  if (bad) return bad;
  if (cin % layer.groups !== 0 || layer.cout % layer.groups !== 0) {
    return `${cin} input and ${layer.cout} output channels cannot both be split into ${layer.groups} groups.`;
  }
  const [kh, kw] = layer.kernel;
  const oh = axisOut(h, kh, layer.stride, layer.dilation, layer.padding, 0, false);
  if (!oh.ok) return oh.error;
  const ow = axisOut(w, kw, layer.stride, layer.dilation, layer.padding, 1, false);
  if (!ow.ok) return ow.error;
  const perOutput = (cin / layer.groups) * kh * kw;
  const out: Shape = [layer.cout, oh.size, ow.size];
  return {
    out,
    params: (perOutput + (layer.bias ? 1 : 0)) * layer.cout,
    macs: count(out) * perOutput,
    stored: true,
    field: [oh.window, ow.window],
  };
}

/** 'conv 3×3/2, 64', 'max pool 3×3/2', 'fc 4096' … for a table. */
export function describeLayer(layer: LayerSpec): string {
  switch (layer.kind) {
    case 'conv': {
      const [kh, kw] = layer.kernel;
      const kind = layer.groups === 1 ? 'conv' : layer.groups === layer.cout && layer.groups === layer.cin ? 'depthwise conv' : `conv (${layer.groups} groups)`;
      const dilation = layer.dilation > 1 ? `, dilation ${layer.dilation}` : '';
      return `${kind} ${kh}×${kw}${layer.stride > 1 ? `/${layer.stride}` : ''}, ${layer.cout}${dilation}`;
    }
    case 'pool':
      return `${layer.mode} pool ${layer.kernel}×${layer.kernel}${layer.stride > 1 ? `/${layer.stride}` : ''}`;
    case 'adaptivePool':
      return `adaptive ${layer.mode} pool to ${layer.size[0]}×${layer.size[1]}`;
    case 'globalPool':
      return `global ${layer.mode} pool`;
    case 'bn':
      return 'batch norm';
    case 'act':
      return layer.fn;
    case 'fc':
      return `fc ${layer.units}`;
    case 'dropout':
      return `dropout ${layer.rate}`;
    case 'flatten':
      return 'flatten';
    case 'chunk':
      return `channel split, part ${layer.index + 1} of ${layer.parts}`;
    case 'shuffle':
      return `channel shuffle, ${layer.groups} groups`;
  }
}

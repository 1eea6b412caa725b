/**
 * Units made by a sliding window (a convolution or a pooling layer), explained with the course's
 * own traces, so the detail panel can step through them like the ConvolutionStepper and the
 * PoolingStepper do. A trace covers one channel of the layer at every position and is cached:
 * moving along a map reuses it.
 */
import { convolutionTrace } from '../convTrace';
import { poolingTrace, type PoolTrace } from '../poolTrace';
import { samePads } from '../training/trainableConv';
import type { LayerSpec } from '../training/spec';
import type { Network } from '../training/network';
import type { ConvTrace } from '../types';
import { cached, weight } from './cache';
import { unitValue } from './units';
import type { OverviewPass, UnitExplanation, UnitRef } from './types';

type Pads = { top: number; bottom: number; left: number; right: number };

/** The zeros TensorFlow adds around an h×w map for a k×k window with stride s. */
export function windowPads(h: number, w: number, k: number, s: number, padding: 'same' | 'valid'): Pads {
  if (padding === 'valid') return { top: 0, bottom: 0, left: 0, right: 0 };
  const [top, bottom] = samePads(h, k, s);
  const [left, right] = samePads(w, k, s);
  return { top, bottom, left, right };
}

/** HWC values → CHW, with `pads` zeros around each channel. */
export function channelsFirst(values: Float32Array, [h, w, c]: [number, number, number], pads: Pads): { data: Float32Array; h: number; w: number } {
  const ph = h + pads.top + pads.bottom;
  const pw = w + pads.left + pads.right;
  const data = new Float32Array(c * ph * pw);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      for (let ch = 0; ch < c; ch++) data[(ch * ph + y + pads.top) * pw + x + pads.left] = values[(y * w + x) * c + ch];
  return { data, h: ph, w: pw };
}

/** The maps a layer reads: the output of the one before it (or the input image). */
export function inputMap(pass: OverviewPass, layer: number): { values: Float32Array; shape: [number, number, number] } {
  const prev = pass.layers[layer];
  if (prev.shape.length !== 3) throw new Error(`Layer ${layer} (${pass.layers[layer + 1].label}) needs a feature map as its input.`);
  return { values: prev.values, shape: prev.shape };
}

export function explainConv(network: Network, pass: OverviewPass, unit: UnitRef, layer: Extract<LayerSpec, { type: 'conv' }>): UnitExplanation {
  const value = unitValue(pass, unit);
  const { values, shape } = inputMap(pass, unit.layer);
  const [h, w, c] = shape;
  const k = layer.kernel;
  const s = layer.stride ?? 1;
  const pads = windowPads(h, w, k, s, layer.padding ?? 'same');
  const even = pads.top === pads.bottom && pads.left === pads.right && pads.top === pads.left;
  const o = unit.channel;
  const trace = cached(network, pass, `conv:${unit.layer}:${o}`, (): ConvTrace => {
    const kernel = weight(network, pass, `${unit.layer}.kernel`); // HWIO [k, k, c, filters]
    const bias = weight(network, pass, `${unit.layer}.bias`);
    const kernels = new Float32Array(c * k * k); // OIHW for the one output channel
    for (let ch = 0; ch < c; ch++)
      for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++) kernels[(ch * k + i) * k + j] = kernel[((i * k + j) * c + ch) * layer.filters + o];
    const input = channelsFirst(values, shape, even ? { top: 0, bottom: 0, left: 0, right: 0 } : pads);
    return convolutionTrace({
      input: input.data,
      inputShape: [c, input.h, input.w],
      kernels,
      kernelShape: [1, c, k, k],
      bias: [bias[o]],
      stride: s,
      padding: even ? pads.top : 0,
      dilation: 1,
    });
  });
  return { kind: 'conv', value, trace, outChannel: o, position: unit.y * trace.outW + unit.x, pads, selfPadded: !even };
}

export function explainPool(network: Network, pass: OverviewPass, unit: UnitRef, layer: Extract<LayerSpec, { type: 'pool' }>): UnitExplanation {
  const value = unitValue(pass, unit);
  const { values, shape } = inputMap(pass, unit.layer);
  const [h, w, c] = shape;
  const k = layer.size;
  const s = layer.stride ?? k;
  const ch = unit.channel;
  const trace = cached(network, pass, `pool:${unit.layer}:${ch}`, (): PoolTrace => {
    const input = new Float32Array(h * w);
    for (let p = 0; p < h * w; p++) input[p] = values[p * c + ch];
    return poolingTrace({ input, height: h, width: w, mode: layer.mode, kernel: k, stride: s, padding: 0 });
  });
  const position = unit.y * trace.outW + unit.x;
  const window: number[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) window.push(values[((unit.y * s + i) * w + unit.x * s + j) * c + ch]);
  let picked: number | null = null;
  if (layer.mode === 'max') {
    // The cell the gradient is routed to: PyTorch's arg-max, ties included.
    const routes = trace.routes.subarray(position * k * k, (position + 1) * k * k);
    picked = routes.findIndex((r) => r > 0);
    if (picked < 0) picked = window.indexOf(Math.max(...window));
  }
  return { kind: 'pool', value, mode: layer.mode, trace, position, window, picked };
}

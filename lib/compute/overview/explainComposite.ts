/**
 * Units of the composite blocks, split into named parts recomputed from the trained weights.
 * Part labels and formulas are keys the widget words in its strings:
 * - residual: `branch` (conv → BN → ReLU → conv → BN), `shortcut` (the input) or `projection`
 *   (its 1×1 convolution), `sum`; value = relu(sum).
 * - depthwiseSeparable: per input channel c, `depthwise` (the k×k depthwise filter on channel c),
 *   `pointwise` (its 1×1 weight to this output), `product`; then `bias`; value = Σ product + bias.
 * - squeezeExcite: `input`, `squeeze` (the channel's mean), `gate` (sigmoid of the two dense
 *   layers); value = input × gate.
 * - spatialAttention: `input`, `mask logit`, `mask` (its sigmoid), `factor` (1 + mask, or mask
 *   when the block is not residual); value = input × factor.
 */
import { tf } from '../tf';
import { squeeze } from '../attentionInspect';
import { BN_EPS, type Network } from '../training/network';
import { squeezeUnits, type LayerSpec } from '../training/spec';
import { cached, weight } from './cache';
import { inputMap } from './explainWindows';
import { unitValue, valueIndex } from './units';
import type { CompositePart, OverviewPass, UnitExplanation, UnitRef } from './types';

type Maps = Record<string, Float32Array>;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Runs `build` on the layer's input as a [1, h, w, c] tensor and reads every map it returns. */
function recompute(pass: OverviewPass, layer: number, build: (x: tf.Tensor4D) => Record<string, tf.Tensor>): Maps {
  const { values, shape } = inputMap(pass, layer);
  const tensors = tf.tidy(() => build(tf.tensor4d(values, [1, ...shape])));
  try {
    return Object.fromEntries(Object.entries(tensors).map(([k, t]) => [k, Float32Array.from(t.dataSync() as Float32Array)]));
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

function composite(pass: OverviewPass, unit: UnitRef, layerType: LayerSpec['type'], parts: CompositePart[], formula: string): UnitExplanation {
  return { kind: 'composite', value: unitValue(pass, unit), layerType, parts, formula };
}

function residual(network: Network, pass: OverviewPass, unit: UnitRef, layer: Extract<LayerSpec, { type: 'residual' }>): UnitExplanation {
  const i = unit.layer;
  const [, , c] = inputMap(pass, i).shape;
  const f = layer.filters;
  const s = layer.stride ?? 1;
  const projected = s !== 1 || c !== f;
  const maps = cached(network, pass, `residual:${i}`, () => recompute(pass, i, (x) => {
    const w = (name: string, shape: number[]) => tf.tensor(weight(network, pass, `${i}.${name}`), shape);
    const v = (name: string) => tf.tensor1d(weight(network, pass, `${i}.${name}`));
    const bn = (t: tf.Tensor4D, p: string): tf.Tensor4D =>
      tf.batchNorm4d(t, v(`${p}.runningMean`), v(`${p}.runningVar`), v(`${p}.beta`), v(`${p}.gamma`), BN_EPS);
    const hidden = tf.relu(bn(tf.conv2d(x, w('conv1', [3, 3, c, f]) as tf.Tensor4D, s, 'same'), 'bn1'));
    const branch = bn(tf.conv2d(hidden, w('conv2', [3, 3, f, f]) as tf.Tensor4D, 1, 'same'), 'bn2');
    const shortcut = projected ? tf.conv2d(x, w('projection', [1, 1, c, f]) as tf.Tensor4D, s, 'same') : x;
    return { branch, shortcut };
  }));
  const at = valueIndex(pass.layers[i + 1].shape, unit);
  const branch = maps.branch[at];
  const shortcut = maps.shortcut[at];
  return composite(pass, unit, 'residual', [
    { label: 'branch', value: branch },
    { label: projected ? 'projection' : 'shortcut', value: shortcut },
    { label: 'sum', value: branch + shortcut },
  ], 'relu(branch + shortcut)');
}

function depthwiseSeparable(network: Network, pass: OverviewPass, unit: UnitRef, layer: Extract<LayerSpec, { type: 'depthwiseSeparable' }>): UnitExplanation {
  const i = unit.layer;
  const [, , c] = inputMap(pass, i).shape;
  const k = layer.kernel;
  const maps = cached(network, pass, `depthwise:${i}`, () => recompute(pass, i, (x) => ({
    depthwise: tf.depthwiseConv2d(x, tf.tensor4d(weight(network, pass, `${i}.depthwise`), [k, k, c, 1]), layer.stride ?? 1, 'same'),
  })));
  const pointwise = weight(network, pass, `${i}.pointwise`); // [1, 1, c, filters]
  const o = unit.channel;
  const [, w] = pass.layers[i + 1].shape as [number, number, number];
  const parts: CompositePart[] = [];
  for (let ch = 0; ch < c; ch++) {
    const d = maps.depthwise[(unit.y * w + unit.x) * c + ch];
    const p = pointwise[ch * layer.filters + o];
    parts.push({ label: 'depthwise', value: d, channel: ch }, { label: 'pointwise', value: p, channel: ch }, { label: 'product', value: d * p, channel: ch });
  }
  parts.push({ label: 'bias', value: weight(network, pass, `${i}.bias`)[o] });
  return composite(pass, unit, 'depthwiseSeparable', parts, 'sum(depthwise × pointwise) + bias');
}

function squeezeExcite(network: Network, pass: OverviewPass, unit: UnitRef, layer: Extract<LayerSpec, { type: 'squeezeExcite' }>): UnitExplanation {
  const i = unit.layer;
  const { values, shape } = inputMap(pass, i);
  const c = shape[2];
  const gates = cached(network, pass, `se:${i}`, () => {
    const hidden = squeezeUnits(c, layer.reduction);
    const z = squeeze(values, c);
    const dense = (x: number[], kernel: string, bias: string, units: number, act: (v: number) => number) => {
      const w = weight(network, pass, `${i}.${kernel}`);
      const b = weight(network, pass, `${i}.${bias}`);
      return Array.from({ length: units }, (_, j) => act(x.reduce((sum, v, k) => sum + v * w[k * units + j], b[j])));
    };
    const h = dense(z, 'squeeze.kernel', 'squeeze.bias', hidden, (v) => Math.max(0, v));
    return { z, s: dense(h, 'excite.kernel', 'excite.bias', c, sigmoid) };
  });
  return composite(pass, unit, 'squeezeExcite', [
    { label: 'input', value: values[valueIndex(shape, unit)] },
    { label: 'squeeze', value: gates.z[unit.channel], channel: unit.channel },
    { label: 'gate', value: gates.s[unit.channel], channel: unit.channel },
  ], 'input × gate');
}

function spatialAttention(network: Network, pass: OverviewPass, unit: UnitRef, layer: Extract<LayerSpec, { type: 'spatialAttention' }>): UnitExplanation {
  const i = unit.layer;
  const { values, shape } = inputMap(pass, i);
  const [h, w, c] = shape;
  const k = layer.kernel;
  const r = (k - 1) / 2; // odd kernel, stride 1: 'same' pads r on every side
  const kernel = weight(network, pass, `${i}.mask.kernel`); // [k, k, c, 1]
  let logit = weight(network, pass, `${i}.mask.bias`)[0];
  for (let dy = 0; dy < k; dy++) {
    const yy = unit.y + dy - r;
    if (yy < 0 || yy >= h) continue;
    for (let dx = 0; dx < k; dx++) {
      const xx = unit.x + dx - r;
      if (xx < 0 || xx >= w) continue;
      for (let ch = 0; ch < c; ch++) logit += values[(yy * w + xx) * c + ch] * kernel[(dy * k + dx) * c + ch];
    }
  }
  const mask = sigmoid(logit);
  const residualMask = layer.residual ?? true;
  return composite(pass, unit, 'spatialAttention', [
    { label: 'input', value: values[valueIndex(shape, unit)] },
    { label: 'mask logit', value: logit },
    { label: 'mask', value: mask },
    { label: 'factor', value: residualMask ? 1 + mask : mask },
  ], residualMask ? 'input × (1 + mask)' : 'input × mask');
}

export function explainComposite(network: Network, pass: OverviewPass, unit: UnitRef, layer: LayerSpec): UnitExplanation {
  switch (layer.type) {
    case 'residual': return residual(network, pass, unit, layer);
    case 'depthwiseSeparable': return depthwiseSeparable(network, pass, unit, layer);
    case 'squeezeExcite': return squeezeExcite(network, pass, unit, layer);
    case 'spatialAttention': return spatialAttention(network, pass, unit, layer);
    default: throw new Error(`${layer.type} is not a composite block.`);
  }
}

/**
 * Why one unit of a pass has its value, for every layer the trainer can build: the numbers the
 * detail panel shows, recomputed from the network's weights and the pass's maps so that they add
 * up to the value in the map (the unit tests check that they do, layer type by layer type).
 */
import type { Network } from '../training/network';
import { BN_EPS } from '../training/network';
import { cached, weight } from './cache';
import { explainComposite } from './explainComposite';
import { explainConv, explainPool, inputMap } from './explainWindows';
import { layerOf, unitAt, unitValue, valueIndex } from './units';
import type { OverviewPass, UnitExplanation, UnitRef } from './types';

/** How many of a dense unit's contributions are listed one by one; the rest are summed. */
export const DENSE_TOP = 8;

function dense(network: Network, pass: OverviewPass, unit: UnitRef, units: number): UnitExplanation {
  const x = pass.layers[unit.layer].values;
  const kernel = weight(network, pass, `${unit.layer}.kernel`); // [inputs, units]
  const o = unit.channel;
  const contributions = Array.from(x, (input, from) => {
    const w = kernel[from * units + o];
    return { from, weight: w, input, product: w * input };
  });
  const order = [...contributions].sort((a, b) => Math.abs(b.product) - Math.abs(a.product) || a.from - b.from);
  const top = order.slice(0, DENSE_TOP);
  const rest = order.slice(DENSE_TOP).reduce((sum, t) => sum + t.product, 0);
  return { kind: 'dense', value: unitValue(pass, unit), bias: weight(network, pass, `${unit.layer}.bias`)[o], top, rest, count: x.length };
}

function softmax(pass: OverviewPass, unit: UnitRef): UnitExplanation {
  const logits = Array.from(pass.layers[pass.layers.length - 2].values);
  // Subtracting the largest logit changes no probability and keeps every exp at most 1.
  const shift = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - shift));
  const sum = exps.reduce((a, b) => a + b, 0);
  return { kind: 'softmax', value: unitValue(pass, unit), logits, shift, exps, sum, classIndex: unit.channel };
}

function globalAvgPool(pass: OverviewPass, unit: UnitRef): UnitExplanation {
  const { values, shape } = inputMap(pass, unit.layer);
  const [h, w, c] = shape;
  let sum = 0;
  for (let p = 0; p < h * w; p++) sum += values[p * c + unit.channel];
  return { kind: 'globalAvgPool', value: unitValue(pass, unit), inputs: h * w, sum };
}

/** The same unit one layer down (layers that keep the shape). */
function sameUnitBelow(pass: OverviewPass, unit: UnitRef): number {
  const prev = pass.layers[unit.layer];
  return prev.values[valueIndex(prev.shape, unit)];
}

export function explainUnit(network: Network, pass: OverviewPass, unit: UnitRef): UnitExplanation {
  const here = layerOf(pass, unit); // throws a RangeError in words for a unit that is not there
  if (here.kind === 'input') return { kind: 'input', value: unitValue(pass, unit) };
  if (here.kind === 'softmax') return softmax(pass, unit);
  const layer = pass.spec.layers[unit.layer];
  const value = unitValue(pass, unit);
  switch (layer.type) {
    case 'conv':
      return explainConv(network, pass, unit, layer);
    case 'pool':
      return explainPool(network, pass, unit, layer);
    case 'dense':
      return cached(network, pass, `dense:${unit.layer}:${unit.channel}`, () => dense(network, pass, unit, layer.units));
    case 'activation':
      return { kind: 'activation', value, fn: layer.fn, input: sameUnitBelow(pass, unit) };
    case 'batchNorm': {
      const w = (what: string) => weight(network, pass, `${unit.layer}.${what}`)[unit.channel];
      return { kind: 'batchNorm', value, input: sameUnitBelow(pass, unit), mean: w('runningMean'), variance: w('runningVar'), eps: BN_EPS, gamma: w('gamma'), beta: w('beta') };
    }
    case 'dropout':
      return { kind: 'identity', value, input: sameUnitBelow(pass, unit), why: 'dropout', from: { ...unit, layer: unit.layer - 1 } };
    case 'flatten': {
      const prev = pass.layers[unit.layer];
      return { kind: 'identity', value, input: prev.values[unit.channel], why: 'flatten', from: unitAt(prev.shape, unit.layer - 1, unit.channel) };
    }
    case 'globalAvgPool':
      return globalAvgPool(pass, unit);
    case 'residual':
    case 'depthwiseSeparable':
    case 'squeezeExcite':
    case 'spatialAttention':
      return explainComposite(network, pass, unit, layer);
  }
}

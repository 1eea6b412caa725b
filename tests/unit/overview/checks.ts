/**
 * What each kind of explanation must add up to: the arithmetic a reader is shown, redone here
 * and compared with the value the forward pass put in the map.
 */
import { expect } from 'vitest';
import type { ActivationFn } from '@/lib/compute/training/spec';
import { DENSE_TOP, valueIndex, type OverviewPass, type UnitExplanation, type UnitRef } from '@/lib/compute/overview';
import { expectClose } from './helpers';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

const ACTIVATIONS: Record<ActivationFn, (x: number) => number> = {
  relu: (x) => Math.max(0, x),
  leakyRelu: (x) => (x < 0 ? 0.01 * x : x),
  elu: (x) => (x < 0 ? Math.exp(x) - 1 : x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  tanh: Math.tanh,
};

/** The value of `unit` one layer down at the same place (layers that keep the shape). */
function below(pass: OverviewPass, unit: UnitRef): number {
  const prev = pass.layers[unit.layer];
  return prev.values[valueIndex(prev.shape, unit)];
}

export function checkExplanation(pass: OverviewPass, unit: UnitRef, e: UnitExplanation): void {
  const layer = pass.layers[unit.layer + 1];
  const value = layer.values[valueIndex(layer.shape, unit)];
  const at = `layer ${unit.layer} (${layer.label}) c${unit.channel} y${unit.y} x${unit.x}`;
  expect(e.value, at).toBe(value);
  switch (e.kind) {
    case 'input':
      expect(layer.kind, at).toBe('input');
      return;
    case 'conv': {
      const { trace, position } = e;
      const k = trace.inChannels * trace.kh * trace.kw;
      expect(trace.outChannels, at).toBe(1);
      expect([trace.outH, trace.outW], at).toEqual(layer.shape.slice(0, 2));
      expectClose(sum(trace.products.subarray(position * k, (position + 1) * k)) + trace.bias[0], value, `${at}: products + bias`);
      expectClose(sum(trace.channelSums.subarray(position * trace.inChannels, (position + 1) * trace.inChannels)) + trace.bias[0], value, `${at}: channel sums + bias`);
      expectClose(trace.output[position], value, `${at}: trace output`);
      return;
    }
    case 'pool':
      expectClose(e.trace.output[e.position], value, `${at}: trace output`);
      if (e.mode === 'max') {
        expect(e.window[e.picked!], at).toBe(value);
        expect(Math.max(...e.window), at).toBe(value);
      } else {
        expect(e.picked, at).toBeNull();
        expectClose(sum(e.window) / e.window.length, value, `${at}: mean of the window`);
      }
      return;
    case 'activation':
      expect(e.input, at).toBe(below(pass, unit));
      expectClose(ACTIVATIONS[e.fn](e.input), value, `${at}: ${e.fn}`);
      return;
    case 'batchNorm':
      expect(e.input, at).toBe(below(pass, unit));
      expectClose(((e.input - e.mean) / Math.sqrt(e.variance + e.eps)) * e.gamma + e.beta, value, `${at}: batch norm`);
      return;
    case 'identity': {
      const from = pass.layers[e.from.layer + 1];
      expect(from.values[valueIndex(from.shape, e.from)], at).toBe(e.input);
      expect(e.input, at).toBe(value);
      return;
    }
    case 'globalAvgPool':
      expectClose(e.sum / e.inputs, value, `${at}: mean`);
      return;
    case 'dense': {
      const inputs = pass.layers[unit.layer].values;
      expect(e.count, at).toBe(inputs.length);
      expect(e.top.length, at).toBe(Math.min(DENSE_TOP, inputs.length));
      for (const [i, t] of e.top.entries()) {
        expect(t.input, at).toBe(inputs[t.from]);
        expectClose(t.product, t.weight * t.input, `${at}: product ${i}`);
        if (i > 0) expect(Math.abs(t.product), at).toBeLessThanOrEqual(Math.abs(e.top[i - 1].product));
      }
      expectClose(sum(e.top.map((t) => t.product)) + e.rest + e.bias, value, `${at}: top + rest + bias`);
      return;
    }
    case 'softmax':
      expect(e.shift, at).toBe(Math.max(...e.logits));
      e.logits.forEach((l, i) => expectClose(e.exps[i], Math.exp(l - e.shift), `${at}: exp ${i}`));
      expectClose(sum(e.exps), e.sum, `${at}: sum`);
      expectClose(e.exps[e.classIndex] / e.sum, value, `${at}: probability`);
      return;
    case 'composite':
      checkComposite(pass, unit, e, value, at);
  }
}

function checkComposite(pass: OverviewPass, unit: UnitRef, e: Extract<UnitExplanation, { kind: 'composite' }>, value: number, at: string) {
  const part = (label: string) => {
    const p = e.parts.find((q) => q.label === label);
    expect(p, `${at}: part ${label}`).toBeDefined();
    return p!.value;
  };
  switch (e.layerType) {
    case 'residual': {
      const shortcut = e.parts[1];
      expect(['shortcut', 'projection'], at).toContain(shortcut.label);
      if (shortcut.label === 'shortcut') expect(shortcut.value, at).toBe(below(pass, unit));
      expectClose(part('sum'), part('branch') + shortcut.value, `${at}: branch + shortcut`);
      expectClose(Math.max(0, part('sum')), value, `${at}: relu(sum)`);
      return;
    }
    case 'depthwiseSeparable': {
      const products = e.parts.filter((p) => p.label === 'product');
      const channels = pass.layers[unit.layer].shape.at(-1)!;
      expect(products.map((p) => p.channel), at).toEqual(Array.from({ length: channels }, (_, c) => c));
      for (const p of products) {
        const factor = (label: string) => e.parts.find((q) => q.label === label && q.channel === p.channel)!.value;
        expectClose(p.value, factor('depthwise') * factor('pointwise'), `${at}: product ${p.channel}`);
      }
      expectClose(sum(products.map((p) => p.value)) + part('bias'), value, `${at}: products + bias`);
      return;
    }
    case 'squeezeExcite': {
      const [h, w, c] = pass.layers[unit.layer].shape as [number, number, number];
      const maps = pass.layers[unit.layer].values;
      let mean = 0;
      for (let p = 0; p < h * w; p++) mean += maps[p * c + unit.channel] / (h * w);
      expect(part('input'), at).toBe(below(pass, unit));
      expectClose(part('squeeze'), mean, `${at}: squeeze`);
      expect(part('gate'), at).toBeGreaterThan(0);
      expect(part('gate'), at).toBeLessThan(1);
      expectClose(part('input') * part('gate'), value, `${at}: input × gate`);
      return;
    }
    case 'spatialAttention':
      expect(part('input'), at).toBe(below(pass, unit));
      expectClose(part('mask'), 1 / (1 + Math.exp(-part('mask logit'))), `${at}: sigmoid`);
      expectClose(part('factor'), e.formula === 'input × mask' ? part('mask') : 1 + part('mask'), `${at}: factor`);
      expectClose(part('input') * part('factor'), value, `${at}: input × factor`);
      return;
    default:
      throw new Error(`${at}: ${e.layerType} is not a composite block`);
  }
}

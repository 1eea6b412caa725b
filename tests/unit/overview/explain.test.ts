/**
 * For every layer type, every unit's explanation adds up to the value in the map, in the small
 * networks of specs.ts (biases and batch-norm statistics drawn at random so that no term is zero).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '@/lib/compute';
import { explainUnit } from '@/lib/compute/overview';
import type { Network } from '@/lib/compute/training/network';
import { checkExplanation } from './checks';
import { passOf, unitsOf } from './helpers';
import { LAYER_TYPES, SPECS } from './specs';

beforeAll(ready);

const built: Network[] = [];
afterAll(() => built.forEach((n) => n.dispose()));

describe.each(Object.entries(SPECS))('the %s network', (name, spec) => {
  it('explains every unit of every layer, input and softmax included, with numbers that add up to the map', () => {
    const { network, pass } = passOf(spec);
    built.push(network);
    const kinds = new Set<string>();
    for (const layer of pass.layers) {
      const units = unitsOf(layer.shape, layer.index);
      for (const unit of units) {
        const e = explainUnit(network, pass, unit);
        kinds.add(e.kind);
        checkExplanation(pass, unit, e);
      }
    }
    expect(kinds.has('input') && kinds.has('softmax'), name).toBe(true);
  });
});

it('the networks use every layer type, both poolings, every activation and uneven padding', () => {
  const layers = Object.values(SPECS).flatMap((s) => s.layers);
  expect(new Set(layers.map((l) => l.type))).toEqual(new Set(Object.keys(LAYER_TYPES)));
  expect(new Set(layers.flatMap((l) => (l.type === 'pool' ? [l.mode] : [])))).toEqual(new Set(['max', 'avg']));
  expect(new Set(layers.flatMap((l) => (l.type === 'activation' ? [l.fn] : [])))).toEqual(new Set(['relu', 'leakyRelu', 'elu', 'sigmoid', 'tanh']));
});

it('pads the input itself where TensorFlow pads unevenly, and says so', () => {
  const { network, pass } = passOf(SPECS.uneven);
  built.push(network);
  // 9×8 input, 2×2 kernel, stride 1: one row and one column of zeros, both after the map.
  const even = explainUnit(network, pass, { layer: 0, channel: 1, y: 8, x: 7 });
  expect(even.kind === 'conv' && { pads: even.pads, selfPadded: even.selfPadded, padding: even.trace.padding, inH: even.trace.inH, inW: even.trace.inW })
    .toEqual({ pads: { top: 0, bottom: 1, left: 0, right: 1 }, selfPadded: true, padding: 0, inH: 10, inW: 9 });
  // 9×8 map, 3×3 kernel, stride 2: 5×4 out; rows need (5−1)·2 + 3 − 9 = 2 (one each side), columns (4−1)·2 + 3 − 8 = 1 (after).
  const strided = explainUnit(network, pass, { layer: 1, channel: 0, y: 4, x: 3 });
  expect(strided.kind === 'conv' && strided.pads).toEqual({ top: 1, bottom: 1, left: 0, right: 1 });
  const valid = explainUnit(network, pass, { layer: 5, channel: 0, y: 0, x: 0 });
  expect(valid.kind === 'conv' && { pads: valid.pads, selfPadded: valid.selfPadded }).toEqual({ pads: { top: 0, bottom: 0, left: 0, right: 0 }, selfPadded: false });
});

it('uses the trace\'s own padding where it is the same on every side (the course\'s 3×3 convolutions)', () => {
  const { network, pass } = passOf(SPECS.plain);
  built.push(network);
  const e = explainUnit(network, pass, { layer: 0, channel: 2, y: 0, x: 0 });
  expect(e.kind === 'conv' && { padding: e.trace.padding, selfPadded: e.selfPadded, inH: e.trace.inH }).toEqual({ padding: 1, selfPadded: false, inH: 8 });
});

it('refuses a unit that is not in the pass, in words', () => {
  const { network, pass } = passOf(SPECS.plain);
  built.push(network);
  expect(() => explainUnit(network, pass, { layer: 0, channel: 4, y: 0, x: 0 })).toThrow(/no unit at channel 4.*8×8×4/);
  expect(() => explainUnit(network, pass, { layer: 99, channel: 0, y: 0, x: 0 })).toThrow(/There is no layer 99/);
});

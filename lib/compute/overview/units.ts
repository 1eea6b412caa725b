/**
 * Finding a unit in a pass: which OverviewLayer holds it and where its value sits in that
 * layer's values (HWC for maps, the index for flat layers).
 */
import type { FeatureShape } from '../training/spec';
import type { OverviewLayer, OverviewPass, UnitRef } from './types';

/** Index of (y, x, channel) in HWC values, or of unit `channel` in a flat layer. */
export function valueIndex(shape: FeatureShape, unit: Pick<UnitRef, 'channel' | 'y' | 'x'>): number {
  return shape.length === 3 ? (unit.y * shape[1] + unit.x) * shape[2] + unit.channel : unit.channel;
}

/** The unit at flat index i of HWC values (the inverse of valueIndex). */
export function unitAt(shape: FeatureShape, layer: number, i: number): UnitRef {
  if (shape.length === 1) return { layer, channel: i, y: 0, x: 0 };
  const c = shape[2];
  const cell = Math.floor(i / c);
  return { layer, channel: i % c, y: Math.floor(cell / shape[1]), x: cell % shape[1] };
}

/** Why `unit` is not a unit of the pass, or null when it is. */
export function unitProblem(pass: OverviewPass, unit: UnitRef): string | null {
  const layer = pass.layers[unit.layer + 1];
  if (!Number.isInteger(unit.layer) || !layer) return `There is no layer ${unit.layer} (the layers run from -1, the input, to ${pass.layers.length - 2}, the softmax).`;
  const s = layer.shape;
  const [h, w, c] = s.length === 3 ? s : [1, 1, s[0]];
  const ok = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
  if (!ok(unit.channel, c) || !ok(unit.y, h) || !ok(unit.x, w)) {
    return `Layer ${unit.layer} (${layer.label}) has no unit at channel ${unit.channel}, row ${unit.y}, column ${unit.x}; its shape is ${s.join('×')}.`;
  }
  return null;
}

export function layerOf(pass: OverviewPass, unit: UnitRef): OverviewLayer {
  const problem = unitProblem(pass, unit);
  if (problem) throw new RangeError(problem);
  return pass.layers[unit.layer + 1];
}

export function unitValue(pass: OverviewPass, unit: UnitRef): number {
  const layer = layerOf(pass, unit);
  return layer.values[valueIndex(layer.shape, unit)];
}

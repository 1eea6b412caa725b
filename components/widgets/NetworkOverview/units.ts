/**
 * Units of the overview as plain arithmetic on the layers' shapes (input first, softmax last):
 * whether a unit exists (a link's unit is checked against the network shown), and where the arrow
 * keys take the cursor. No React, no words.
 */
import type { FeatureShape } from '@/lib/compute/training/spec';
import type { UnitRef } from '@/lib/compute/overview/types';

export interface Dims {
  h: number;
  w: number;
  /** Channels of a map, units of a flat layer. */
  c: number;
  flat: boolean;
}

export function dims(shape: FeatureShape): Dims {
  return shape.length === 3 ? { h: shape[0], w: shape[1], c: shape[2], flat: false } : { h: 1, w: 1, c: shape[0], flat: true };
}

/** Why a unit is not one of these layers (`shapes[0]` is the input, layer −1), or null. */
export type UnitIssue = { code: 'no-layer'; last: number } | { code: 'no-unit'; shape: FeatureShape } | null;

export function unitIssue(shapes: readonly FeatureShape[], unit: UnitRef): UnitIssue {
  const shape = shapes[unit.layer + 1];
  if (!shape) return { code: 'no-layer', last: shapes.length - 2 };
  const d = dims(shape);
  const inside = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
  return inside(unit.channel, d.c) && inside(unit.y, d.h) && inside(unit.x, d.w) ? null : { code: 'no-unit', shape };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The same place, scaled, in another layer: a map's position keeps its relative spot; channels are clamped. */
export function unitIn(shapes: readonly FeatureShape[], from: UnitRef, layer: number): UnitRef {
  const a = dims(shapes[from.layer + 1]);
  const b = dims(shapes[layer + 1]);
  const scale = (v: number, n: number, m: number) => clamp(Math.floor(((v + 0.5) * m) / n), 0, m - 1);
  if (b.flat) return { layer, channel: clamp(from.channel, 0, b.c - 1), y: 0, x: 0 };
  return { layer, channel: clamp(from.channel, 0, b.c - 1), y: a.flat ? 0 : scale(from.y, a.h, b.h), x: a.flat ? 0 : scale(from.x, a.w, b.w) };
}

/**
 * Where a key moves the cursor, or null for a key the overview leaves alone. ← → change layer,
 * ↑ ↓ change channel (a flat layer's unit), and with Shift the arrows move the position inside a
 * map; Home and End go to the input and the softmax.
 */
export function moveUnit(shapes: readonly FeatureShape[], unit: UnitRef, key: string, shift: boolean): UnitRef | null {
  const last = shapes.length - 2;
  const d = dims(shapes[unit.layer + 1]);
  if (shift && !d.flat) {
    const step = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] }[key];
    if (!step) return null;
    return { ...unit, y: clamp(unit.y + step[0], 0, d.h - 1), x: clamp(unit.x + step[1], 0, d.w - 1) };
  }
  switch (key) {
    case 'ArrowLeft':
      return unit.layer > -1 ? unitIn(shapes, unit, unit.layer - 1) : unit;
    case 'ArrowRight':
      return unit.layer < last ? unitIn(shapes, unit, unit.layer + 1) : unit;
    case 'ArrowUp':
      return { ...unit, channel: clamp(unit.channel - 1, 0, d.c - 1) };
    case 'ArrowDown':
      return { ...unit, channel: clamp(unit.channel + 1, 0, d.c - 1) };
    case 'Home':
      return unitIn(shapes, unit, -1);
    case 'End':
      return unitIn(shapes, unit, last);
    default:
      return null;
  }
}

export const sameUnit = (a: UnitRef | null, b: UnitRef | null) => !!a && !!b && a.layer === b.layer && a.channel === b.channel && a.y === b.y && a.x === b.x;

/** The example layer FcAsConv runs, and how keys move its selection. Pure; no React, no tfjs. */
import { seededValues } from '@/lib/random/prng';
import type { FcAsConvState } from './state';

export interface ExampleLayer {
  /** Image, row-major [C, H + extra, W + extra]. */
  input: number[];
  inputShape: [number, number, number];
  /** Fully connected weights, row-major [outputs, C·H·W]. */
  weights: number[];
  bias: number[];
}

/** Values with one decimal in [−1, 1] (bias in [−0.5, 0.5]), all from the seed: a reader can
 * check any output by hand, and a link reproduces them. */
export function exampleLayer({ c, h, w, outputs, extra, seed }: FcAsConvState): ExampleLayer {
  const ih = h + extra;
  const iw = w + extra;
  return {
    input: seededValues(seed, c * ih * iw, -1, 1),
    inputShape: [c, ih, iw],
    weights: seededValues(seed + 10_000, outputs * c * h * w, -1, 1),
    bias: seededValues(seed + 20_000, outputs, -0.5, 0.5),
  };
}

/** Position of input value (channel, row, col) in a flattened C × H × W vector (PyTorch's flatten). */
export const flatIndex = (ch: number, r: number, col: number, h: number, w: number) => ch * h * w + r * w + col;

/** The selection after a key, or null when the key does nothing here. */
export function selectionByKey(
  key: string,
  sel: { unit: number; pos: number },
  outputs: number,
  positions: number,
): { unit: number; pos: number } | null {
  const clamp = (v: number, n: number) => Math.min(Math.max(0, v), n - 1);
  switch (key) {
    case 'ArrowUp':
      return { ...sel, unit: clamp(sel.unit - 1, outputs) };
    case 'ArrowDown':
      return { ...sel, unit: clamp(sel.unit + 1, outputs) };
    case 'ArrowLeft':
      return { ...sel, pos: clamp(sel.pos - 1, positions) };
    case 'ArrowRight':
      return { ...sel, pos: clamp(sel.pos + 1, positions) };
    case 'Home':
      return { ...sel, pos: 0 };
    case 'End':
      return { ...sel, pos: positions - 1 };
    default:
      return null;
  }
}

export { fmt1, fmt3, fmtDiff } from '../shared/seededLayer/format';

/**
 * Kernel presets, the reader's custom kernel, and the three-channel kernels of RGB mode.
 * Plain data and arithmetic on weights only; the convolution itself is lib/compute's job.
 */
import type { Mode } from './presets';

export const KERNEL_PRESETS = ['identity', 'box-blur', 'gaussian', 'sharpen', 'sobel-x', 'sobel-y', 'laplacian'] as const;
export type PresetKernel = (typeof KERNEL_PRESETS)[number];
export type KernelName = PresetKernel | 'custom';
export const KERNEL_NAMES: readonly KernelName[] = [...KERNEL_PRESETS, 'custom'];

export interface KernelPreset {
  /** 3×3, row-major. */
  values: number[];
  /** Exact fractions to print instead of rounded decimals. */
  labels?: string[];
}

const ninth = 1 / 9;
export const KERNELS: Record<PresetKernel, KernelPreset> = {
  identity: { values: [0, 0, 0, 0, 1, 0, 0, 0, 0] },
  'box-blur': { values: Array<number>(9).fill(ninth), labels: Array<string>(9).fill('1/9') },
  gaussian: {
    values: [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => v / 16),
    labels: [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => `${v}/16`),
  },
  sharpen: { values: [0, -1, 0, -1, 5, -1, 0, -1, 0] },
  'sobel-x': { values: [-1, 0, 1, -2, 0, 2, -1, 0, 1] },
  'sobel-y': { values: [-1, -2, -1, 0, 0, 0, 1, 2, 1] },
  laplacian: { values: [0, 1, 0, 1, -4, 1, 0, 1, 0] },
};

export const CUSTOM_SIZES = [3, 5] as const;
export type CustomSize = (typeof CUSTOM_SIZES)[number];
/** Larger weights are almost surely typing slips, and would wash out every colour scale. */
export const CUSTOM_LIMIT = 1000;

export type CellProblem = 'empty' | 'not-a-number' | 'too-large';
export type CellResult = { ok: true; value: number } | { ok: false; problem: CellProblem };

/** A custom cell as typed: a decimal number, or a fraction like 1/9. */
export function parseCell(text: string): CellResult {
  const t = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (t === '') return { ok: false, problem: 'empty' };
  const fraction = /^([-+]?\d*\.?\d+)\s*\/\s*(\d*\.?\d+)$/.exec(t);
  const value = fraction ? Number(fraction[1]) / Number(fraction[2]) : /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (Math.abs(value) > CUSTOM_LIMIT) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

export interface CellError {
  index: number;
  text: string;
  problem: CellProblem;
}

export function parseCustom(cells: readonly string[]): { ok: true; values: number[] } | { ok: false; errors: CellError[] } {
  const values: number[] = [];
  const errors: CellError[] = [];
  cells.forEach((text, index) => {
    const r = parseCell(text);
    if (r.ok) values.push(r.value);
    else errors.push({ index, text, problem: r.problem });
  });
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** Cells as a reader would type them: fractions where a preset has them, else short decimals. */
export function cellsFromPreset(name: PresetKernel): string[] {
  const k = KERNELS[name];
  return k.labels ? [...k.labels] : k.values.map((v) => String(v));
}

/**
 * Grows (zeros around) or shrinks (keeps the centre) a square grid of cells. When the sizes differ
 * by an odd number the extra row and column go to the bottom and right, so growing and then
 * shrinking back returns the same cells.
 */
export function resizeCells(cells: readonly string[], from: number, to: number): string[] {
  const off = Math.trunc((to - from) / 2);
  return Array.from({ length: to * to }, (_, idx) => {
    const r = Math.floor(idx / to) - off;
    const c = (idx % to) - off;
    return r >= 0 && r < from && c >= 0 && c < from ? cells[r * from + c] : '0';
  });
}

/**
 * How each RGB kernel weighs the red, green and blue slices of the spatial pattern. The slices of
 * kernel o are pattern × mix[o][c]; their partial sums add into one output channel.
 */
export const CHANNEL_MIXES: readonly (readonly [number, number, number])[] = [
  [1 / 3, 1 / 3, 1 / 3],
  [1, -1, 0],
  [0, 0, 1],
  [0.299, 0.587, 0.114],
];
export const MAX_KERNELS = CHANNEL_MIXES.length;

export interface KernelBank {
  data: Float32Array;
  shape: [number, number, number, number];
}

/** The kernels fed to the convolution: one in grayscale, `count` three-channel kernels in RGB. */
export function kernelBank(pattern: readonly number[], size: number, mode: Mode, count: number): KernelBank {
  const channels = mode === 'rgb' ? 3 : 1;
  const outs = mode === 'rgb' ? count : 1;
  const area = size * size;
  const data = new Float32Array(outs * channels * area);
  for (let o = 0; o < outs; o++)
    for (let c = 0; c < channels; c++) {
      const w = mode === 'rgb' ? CHANNEL_MIXES[o][c] : 1;
      for (let k = 0; k < area; k++) data[(o * channels + c) * area + k] = pattern[k] * w;
    }
  return { data, shape: [outs, channels, size, size] };
}

/**
 * Kernel presets, the reader's custom kernel, and the three-channel kernels of RGB mode.
 * Plain data and arithmetic on weights only; the convolution itself is lib/compute's job.
 */
import type { Mode } from '@/components/widgets/shared/stepper/presets';

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
/** Cells as a reader would type them: fractions where a preset has them, else short decimals. */
export function cellsFromPreset(name: PresetKernel): string[] {
  const k = KERNELS[name];
  return k.labels ? [...k.labels] : k.values.map((v) => String(v));
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

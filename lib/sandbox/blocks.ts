/**
 * The sandbox's building blocks: what a student can stack, each a plain JSON object with every
 * setting spelled out, and the limits on each setting with the reason in words. One check
 * (`blockErrors`) serves the editor (a message next to the field), links and imported files.
 */
import type { ActivationFn } from '../compute/training/spec';

export type Block =
  | { type: 'conv'; filters: number; kernel: number; stride: number; padding: 'same' | 'valid' }
  | { type: 'depthwiseSeparable'; filters: number; kernel: number; stride: number }
  | { type: 'residual'; filters: number; stride: number }
  | { type: 'pool'; mode: 'max' | 'avg'; size: number; stride: number }
  | { type: 'batchNorm' }
  | { type: 'activation'; fn: ActivationFn }
  | { type: 'dropout'; rate: number }
  | { type: 'globalAvgPool' }
  | { type: 'flatten' }
  | { type: 'dense'; units: number };

export type BlockType = Block['type'];

export const BLOCK_TYPES: readonly BlockType[] = ['conv', 'pool', 'batchNorm', 'activation', 'dropout', 'dense', 'residual', 'depthwiseSeparable', 'globalAvgPool', 'flatten'];

export const ACTIVATIONS: readonly ActivationFn[] = ['relu', 'leakyRelu', 'elu', 'sigmoid', 'tanh'];

/** Limits of every numeric setting: small enough to train in a browser tab. */
export const LIMITS = {
  filters: { min: 1, max: 256, whole: true },
  kernel: { min: 1, max: 11, whole: true },
  stride: { min: 1, max: 4, whole: true },
  size: { min: 1, max: 8, whole: true },
  units: { min: 1, max: 1024, whole: true },
  rate: { min: 0, max: 0.9, whole: false },
} as const;

export type NumericSetting = keyof typeof LIMITS;

/** The most blocks a network may have (a longer stack would not train in a short run anyway). */
export const MAX_BLOCKS = 30;

/** A fresh block of each type, with settings that fit a 28×28 image. */
export function defaultBlock(type: BlockType): Block {
  switch (type) {
    case 'conv': return { type, filters: 8, kernel: 3, stride: 1, padding: 'same' };
    case 'depthwiseSeparable': return { type, filters: 16, kernel: 3, stride: 1 };
    case 'residual': return { type, filters: 16, stride: 1 };
    case 'pool': return { type, mode: 'max', size: 2, stride: 2 };
    case 'batchNorm': return { type };
    case 'activation': return { type, fn: 'relu' };
    case 'dropout': return { type, rate: 0.25 };
    case 'globalAvgPool': return { type };
    case 'flatten': return { type };
    case 'dense': return { type, units: 64 };
  }
}

/** The numeric settings each block type has, in the order the editor shows them. */
export const NUMERIC_SETTINGS: Record<BlockType, readonly NumericSetting[]> = {
  conv: ['filters', 'kernel', 'stride'],
  depthwiseSeparable: ['filters', 'kernel', 'stride'],
  residual: ['filters', 'stride'],
  pool: ['size', 'stride'],
  batchNorm: [],
  activation: [],
  dropout: ['rate'],
  globalAvgPool: [],
  flatten: [],
  dense: ['units'],
};

const SETTING_WORDS: Record<NumericSetting, string> = {
  filters: 'number of filters',
  kernel: 'kernel size',
  stride: 'stride',
  size: 'window size',
  units: 'number of units',
  rate: 'drop rate',
};

const WHY: Partial<Record<NumericSetting, string>> = {
  filters: ' (more would not train in a browser in reasonable time)',
  kernel: ' (a 28×28 image has little room for larger kernels)',
  units: ' (more would not train in a browser in reasonable time)',
  rate: ' (dropping more than 90 % leaves too little signal to learn from)',
};

/** Why a value is not allowed for a setting, or null when it is fine. */
export function settingError(setting: NumericSetting, value: unknown): string | null {
  const { min, max, whole } = LIMITS[setting];
  const words = SETTING_WORDS[setting];
  if (typeof value !== 'number' || Number.isNaN(value)) return `The ${words} must be a number; this is empty or not a number.`;
  if (!Number.isFinite(value)) return `The ${words} must be a finite number.`;
  if (whole && !Number.isInteger(value)) return `The ${words} must be a whole number (got ${value}).`;
  if (value < min) return `The ${words} must be at least ${min} (got ${value}).`;
  if (value > max) return `The ${words} can be at most ${max}${WHY[setting] ?? ''} (got ${value}).`;
  return null;
}

/** Every problem with one block's own settings, keyed by setting (shape problems are elsewhere). */
export function blockErrors(block: Block): Partial<Record<NumericSetting | 'mode' | 'fn' | 'padding' | 'type', string>> {
  const errors: Partial<Record<NumericSetting | 'mode' | 'fn' | 'padding' | 'type', string>> = {};
  if (!BLOCK_TYPES.includes(block.type)) {
    errors.type = `Unknown block "${String((block as { type: unknown }).type)}".`;
    return errors;
  }
  for (const setting of NUMERIC_SETTINGS[block.type]) {
    const e = settingError(setting, (block as unknown as Record<string, unknown>)[setting]);
    if (e) errors[setting] = e;
  }
  if (block.type === 'conv' && block.padding !== 'same' && block.padding !== 'valid') errors.padding = 'The padding must be "same" or "valid".';
  if (block.type === 'pool' && block.mode !== 'max' && block.mode !== 'avg') errors.mode = 'The pooling must be max or average.';
  if (block.type === 'activation' && !ACTIVATIONS.includes(block.fn)) errors.fn = `Unknown activation "${String(block.fn)}".`;
  return errors;
}

/** FcScaling's shareable state, presets, and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { S } from './strings';

export const PRESETS = {
  mnist: { h: 28, w: 28, c: 1 },
  cifar: { h: 32, w: 32, c: 3 },
  alexnet: { h: 227, w: 227, c: 3 },
  photo: { h: 768, w: 1024, c: 3 },
} as const;

export type PresetId = keyof typeof PRESETS;
export type ImageChoice = PresetId | 'custom';
export const CHOICES: ImageChoice[] = ['mnist', 'cifar', 'alexnet', 'photo', 'custom'];

export interface FcScalingState {
  image: ImageChoice;
  h: number;
  w: number;
  c: number;
  /** Width of the first hidden layer. */
  units: number;
}

export type NumericField = 'h' | 'w' | 'c' | 'units';

export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  h: [1, 8192],
  w: [1, 8192],
  c: [1, 64],
  units: [1, 100_000],
};

export const DEFAULT_STATE: FcScalingState = { image: 'alexnet', ...PRESETS.alexnet, units: 1000 };

const checks = numericFields(LIMITS, (f) => S.fields[f], {
  ...S.errors,
  outOfRange: S.errors.range,
});

export const fieldError = checks.fieldError;

/** The first problem with the reader's numbers, or null. */
export const stateError = (state: FcScalingState) => checks.firstError(state);

/** Validate state from a shared link. A named image brings its own size. */
export function parseFcScalingState(raw: unknown): { ok: true; value: Partial<FcScalingState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const record = raw;
  const numbers = checks.parseFields(record);
  if (!numbers.ok) return numbers;
  const value: Partial<FcScalingState> = { ...numbers.value };
  if ('image' in record) {
    const image = record.image;
    if (typeof image !== 'string' || !(CHOICES as string[]).includes(image)) return { ok: false, error: S.errors.unknownImage(String(image)) };
    value.image = image as ImageChoice;
    if (image !== 'custom') Object.assign(value, PRESETS[image as PresetId]);
  }
  return { ok: true, value };
}

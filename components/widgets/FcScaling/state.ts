/** FcScaling's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';
import { firstBadNumber } from '@/components/widgets/shared/firstBadNumber';

export const PRESETS = {
  mnist: { h: 28, w: 28, c: 1 },
  cifar: { h: 32, w: 32, c: 3 },
  alexnet: { h: 227, w: 227, c: 3 },
  photo: { h: 768, w: 1024, c: 3 },
} as const;

export type PresetId = keyof typeof PRESETS;
export const CHOICES = ['mnist', 'cifar', 'alexnet', 'photo', 'custom'] as const;
export type ImageChoice = (typeof CHOICES)[number];

export const schema = defineSchema(
  {
    image: oneOf(CHOICES, 'alexnet'),
    h: int(1, 8192, PRESETS.alexnet.h),
    w: int(1, 8192, PRESETS.alexnet.w),
    c: int(1, 64, PRESETS.alexnet.c),
    /** Width of the first hidden layer. */
    units: int(1, 100_000, 1000),
  },
  // A named image brings its own size; only a custom one keeps the numbers given.
  { normalize: (s) => (s.image === 'custom' ? s : { ...s, ...PRESETS[s.image] }) },
);

export type FcScalingState = StateOf<typeof schema.fields>;
export type NumericField = 'h' | 'w' | 'c' | 'units';
export const DEFAULT_STATE = schema.defaults;

const NUMERIC: NumericField[] = ['h', 'w', 'c', 'units'];

/** The first number the reader typed wrong (empty, a fraction, out of range), as an issue code. */
export const stateError = (state: FcScalingState) => firstBadNumber(schema, NUMERIC, state);

/** DyingRelu's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { MAX_STEPS, UNITS } from './model';
import { S } from './strings';

export const SLOPES = [0.01, 0.1, 0.3] as const;
export type LeakySlope = (typeof SLOPES)[number];
export const KICKS = ['step', 'shift'] as const;
export type KickKind = (typeof KICKS)[number];
export const VIEWS = ['relu', 'leaky'] as const;
export type View = (typeof VIEWS)[number];

export interface DyingReluState {
  seed: number;
  kick: KickKind;
  /** Learning rate of the one large step. */
  rate: number;
  /** Added to every bias. */
  shift: number;
  slope: LeakySlope;
  /** Training steps after the disturbance. */
  steps: number;
  /** Whose units the grid shows. */
  view: View;
  /** The unit the reader points at. */
  unit: number;
}

/** [min, max, step] of each slider, and the seed's limits. */
export const LIMITS = {
  rate: [0.1, 5, 0.1],
  shift: [-5, 1, 0.1],
  steps: [0, MAX_STEPS, 5],
  seed: [1, 9999, 1],
  unit: [0, UNITS - 1, 1],
} as const;
type NumericField = keyof typeof LIMITS;

export const DEFAULT_STATE: DyingReluState = { seed: 16, kick: 'step', rate: 3, shift: -3, slope: 0.1, steps: 500, view: 'relu', unit: 0 };

const wholeFields: NumericField[] = ['seed', 'steps', 'unit'];

/** What is wrong with one number, or null. */
export function fieldError(field: NumericField, v: unknown): string | null {
  const [lo, hi] = LIMITS[field];
  if (typeof v !== 'number' || !Number.isFinite(v)) return S.errors.missing(S.labels[field]);
  if (wholeFields.includes(field) && !Number.isInteger(v)) return S.errors.whole(S.labels[field], v);
  if (v < lo || v > hi) return S.errors.range(S.labels[field], lo, hi, v);
  return null;
}

const oneOf = <T extends string | number>(options: readonly T[], v: unknown): v is T => (options as readonly unknown[]).includes(v);

export function parseDyingReluState(raw: unknown): { ok: true; value: Partial<DyingReluState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<DyingReluState> = {};
  for (const field of Object.keys(LIMITS) as NumericField[]) {
    if (!(field in raw)) continue;
    const error = fieldError(field, raw[field]);
    if (error) return { ok: false, error };
    value[field] = raw[field] as number;
  }
  if ('kick' in raw) {
    if (!oneOf(KICKS, raw.kick)) return { ok: false, error: S.errors.choice('kick', raw.kick) };
    value.kick = raw.kick;
  }
  if ('slope' in raw) {
    if (!oneOf(SLOPES, raw.slope)) return { ok: false, error: S.errors.choice('slope', raw.slope) };
    value.slope = raw.slope;
  }
  if ('view' in raw) {
    if (!oneOf(VIEWS, raw.view)) return { ok: false, error: S.errors.choice('view', raw.view) };
    value.view = raw.view;
  }
  return { ok: true, value };
}

/** GradientFlow's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

export const ARCHITECTURES = ['plain', 'residual'] as const;
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export const TRAIN_DEPTHS = [10, 20, 30] as const;
export type Architecture = (typeof ARCHITECTURES)[number];
export type FlowActivationName = (typeof ACTIVATIONS)[number];
export type TrainDepth = (typeof TRAIN_DEPTHS)[number];

export interface GradientFlowState {
  depth: number;
  architecture: Architecture;
  activation: FlowActivationName;
  batchNorm: boolean;
  initScale: number;
  seed: number;
  /** The block the reader points at (1 … depth). */
  block: number;
  trainDepth: TrainDepth;
}

/** [min, max, step] of the numeric fields. */
export const LIMITS = {
  depth: [1, 100, 1],
  initScale: [0.25, 4, 0.25],
  seed: [1, 9999, 1],
  block: [1, 100, 1],
} as const;
type NumericField = keyof typeof LIMITS;

export const DEFAULT_STATE: GradientFlowState = {
  depth: 50, architecture: 'plain', activation: 'sigmoid', batchNorm: false, initScale: 1, seed: 1, block: 1, trainDepth: 20,
};

export function fieldError(field: NumericField, v: unknown): string | null {
  const [lo, hi] = LIMITS[field];
  if (typeof v !== 'number' || !Number.isFinite(v)) return S.errors.missing(S.labels[field]);
  if (field !== 'initScale' && !Number.isInteger(v)) return S.errors.whole(S.labels[field], v);
  if (v < lo || v > hi) return S.errors.range(S.labels[field], lo, hi, v);
  return null;
}

const oneOf = <T extends string | number>(options: readonly T[], v: unknown): v is T => options.includes(v as T);

export function parseGradientFlowState(raw: unknown): { ok: true; value: Partial<GradientFlowState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<GradientFlowState> = {};
  for (const field of Object.keys(LIMITS) as NumericField[]) {
    if (!(field in raw)) continue;
    const error = fieldError(field, raw[field]);
    if (error) return { ok: false, error };
    value[field] = raw[field] as number;
  }
  const choices = [
    ['architecture', ARCHITECTURES],
    ['activation', ACTIVATIONS],
    ['trainDepth', TRAIN_DEPTHS],
  ] as const;
  for (const [field, options] of choices) {
    if (!(field in raw)) continue;
    if (!oneOf<string | number>(options, raw[field])) return { ok: false, error: S.errors.choice(field, options.join(', ')) };
    Object.assign(value, { [field]: raw[field] });
  }
  if ('batchNorm' in raw) {
    if (typeof raw.batchNorm !== 'boolean') return { ok: false, error: S.errors.choice('batchNorm', 'true, false') };
    value.batchNorm = raw.batchNorm;
  }
  return { ok: true, value };
}

/** EmbeddingTrainer's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

export const LOSSES = ['contrastive', 'triplet', 'quadruplet'] as const;
export const METRICS = ['euclidean', 'cosine'] as const;
export const MINING = ['random', 'semiHard', 'hard'] as const;
export type LossKind = (typeof LOSSES)[number];
export type MetricKind = (typeof METRICS)[number];
export type MiningKind = (typeof MINING)[number];

export interface EmbeddingState {
  loss: LossKind;
  metric: MetricKind;
  mining: MiningKind;
  margin: number;
  margin2: number;
  seed: number;
  /** The selected image of the display set (retrieval query). */
  query: number;
}

/** 300 display images: 30 of each class. */
export const DISPLAY_PER_CLASS = 30;
export const DISPLAY_COUNT = DISPLAY_PER_CLASS * 10;

/** [min, max, step]. */
export const LIMITS = {
  margin: [0.1, 2, 0.1],
  margin2: [0.1, 2, 0.1],
  seed: [1, 9999, 1],
  query: [0, DISPLAY_COUNT - 1, 1],
} as const;
type NumericField = keyof typeof LIMITS;

export const DEFAULT_STATE: EmbeddingState = { loss: 'triplet', metric: 'euclidean', mining: 'semiHard', margin: 1, margin2: 0.5, seed: 1, query: 0 };

export function fieldError(field: NumericField, v: unknown): string | null {
  const [lo, hi, step] = LIMITS[field];
  const ok = typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi && (step !== 1 || Number.isInteger(v));
  return ok ? null : S.errors.range(S.labels[field], lo, hi, v);
}

/** Settings that cannot train as asked, in words (null when fine). */
export function combinationError(s: EmbeddingState): string | null {
  if (s.loss === 'quadruplet' && s.margin2 >= s.margin) return S.errors.marginOrder;
  return null;
}

const oneOf = <T extends string>(options: readonly T[], v: unknown): v is T => options.includes(v as T);

export function parseEmbeddingState(raw: unknown): { ok: true; value: Partial<EmbeddingState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<EmbeddingState> = {};
  for (const field of Object.keys(LIMITS) as NumericField[]) {
    if (!(field in raw)) continue;
    const error = fieldError(field, raw[field]);
    if (error) return { ok: false, error };
    value[field] = raw[field] as number;
  }
  const choices = [
    ['loss', LOSSES],
    ['metric', METRICS],
    ['mining', MINING],
  ] as const;
  for (const [field, options] of choices) {
    if (!(field in raw)) continue;
    if (!oneOf<string>(options, raw[field])) return { ok: false, error: S.errors.choice(field, options.join(', ')) };
    Object.assign(value, { [field]: raw[field] });
  }
  return { ok: true, value };
}

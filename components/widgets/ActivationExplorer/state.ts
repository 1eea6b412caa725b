/** ActivationExplorer's shareable state and the validation of a shared link. No React. */
import { isMaxoutPreset, type MaxoutPreset } from '@/lib/activations/maxout';
import { isPlainObject } from '@/lib/store/numericFields';
import type { CurveName } from '@/lib/activations/saturation';
import { CURVE_NAMES, X_MAX, X_MIN } from './model';
import { S } from './strings';

export interface ExplorerState {
  fn: CurveName;
  /** Where the reader's point sits. */
  x: number;
  /** Leaky ReLU's slope below 0. */
  negativeSlope: number;
  /** ELU's α. */
  alpha: number;
  maxout: MaxoutPreset;
}

export const DEFAULT_STATE: ExplorerState = { fn: 'sigmoid', x: 1.5, negativeSlope: 0.01, alpha: 1, maxout: 'abs' };

/** Slider limits for the two parameters. */
export const SLOPE_RANGE = [0, 0.5, 0.01] as const;
export const ALPHA_RANGE = [0.1, 2, 0.1] as const;

export const isCurveName = (v: unknown): v is CurveName => typeof v === 'string' && (CURVE_NAMES as readonly string[]).includes(v);

type Parsed = { ok: true; value: Partial<ExplorerState> } | { ok: false; error: string };

const inRange = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

/** Validate state from a shared link: every field optional, each checked. */
export function parseExplorerState(raw: unknown): Parsed {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<ExplorerState> = {};
  if ('fn' in raw) {
    if (!isCurveName(raw.fn)) return { ok: false, error: S.errors.fn(String(raw.fn)) };
    value.fn = raw.fn;
  }
  if ('x' in raw) {
    if (!inRange(raw.x, X_MIN, X_MAX)) return { ok: false, error: S.errors.range('x', X_MIN, X_MAX, raw.x) };
    value.x = raw.x;
  }
  if ('negativeSlope' in raw) {
    if (!inRange(raw.negativeSlope, SLOPE_RANGE[0], SLOPE_RANGE[1])) return { ok: false, error: S.errors.range(S.slopeLabel, SLOPE_RANGE[0], SLOPE_RANGE[1], raw.negativeSlope) };
    value.negativeSlope = raw.negativeSlope;
  }
  if ('alpha' in raw) {
    if (!inRange(raw.alpha, ALPHA_RANGE[0], ALPHA_RANGE[1])) return { ok: false, error: S.errors.range(S.alphaLabel, ALPHA_RANGE[0], ALPHA_RANGE[1], raw.alpha) };
    value.alpha = raw.alpha;
  }
  if ('maxout' in raw) {
    if (!isMaxoutPreset(raw.maxout)) return { ok: false, error: S.errors.maxout(String(raw.maxout)) };
    value.maxout = raw.maxout;
  }
  return { ok: true, value };
}

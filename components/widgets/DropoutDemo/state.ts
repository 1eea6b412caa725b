/** DropoutDemo's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import type { DropoutScaling, Nonlinearity } from '@/lib/nn/dropout';
import { S } from './strings';

export const MAX_MASKS = 5000;
export const P_MAX = 0.9;
export const P_STEP = 0.05;
export const MAX_SEED = 9999;

export interface DropoutState {
  /** Drop probability. */
  p: number;
  /** Masks drawn so far (0 … MAX_MASKS). */
  masks: number;
  seed: number;
  scaling: DropoutScaling;
  after: Nonlinearity;
  /** The output unit followed in the chart; clamped by the view. */
  unit: number;
}

export const DEFAULT_STATE: DropoutState = { p: 0.5, masks: 1, seed: 5, scaling: 'inverted', after: 'none', unit: 0 };

const SCALINGS: DropoutScaling[] = ['inverted', 'original'];
const AFTERS: Nonlinearity[] = ['none', 'relu'];

const whole = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Validate state from a shared link: every field optional, every present field checked. */
export function parseDropoutState(raw: unknown): { ok: true; value: Partial<DropoutState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<DropoutState> = {};
  if ('p' in raw) {
    const p = raw.p;
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > P_MAX) return { ok: false, error: S.errors.p(P_MAX) };
    value.p = p;
  }
  if ('masks' in raw) {
    if (!whole(raw.masks, 0, MAX_MASKS)) return { ok: false, error: S.errors.masks(MAX_MASKS) };
    value.masks = raw.masks as number;
  }
  if ('seed' in raw) {
    if (!whole(raw.seed, 0, MAX_SEED)) return { ok: false, error: S.errors.seed(MAX_SEED) };
    value.seed = raw.seed as number;
  }
  if ('unit' in raw) {
    if (!whole(raw.unit, 0, Number.MAX_SAFE_INTEGER)) return { ok: false, error: S.errors.unit };
    value.unit = raw.unit as number;
  }
  if ('scaling' in raw) {
    if (!SCALINGS.includes(raw.scaling as DropoutScaling)) return { ok: false, error: S.errors.choice('scaling', String(raw.scaling)) };
    value.scaling = raw.scaling as DropoutScaling;
  }
  if ('after' in raw) {
    if (!AFTERS.includes(raw.after as Nonlinearity)) return { ok: false, error: S.errors.choice('after', String(raw.after)) };
    value.after = raw.after as Nonlinearity;
  }
  return { ok: true, value };
}

/** Problems with props written in a lesson (a link's problems are reported by the frame). */
export function propsProblem(state: DropoutState): string | null {
  const r = parseDropoutState(state);
  return r.ok ? null : r.error;
}

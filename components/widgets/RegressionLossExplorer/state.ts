/** RegressionLossExplorer's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { S } from './strings';

export interface RegressionLossState {
  /** Smooth L1's threshold (PyTorch's beta): quadratic inside ±β, linear outside. */
  beta: number;
  /** The error d = prediction − target the reader points at. */
  error: number;
}

export const BETA = { min: 0, max: 2, step: 0.05 } as const;
export const ERROR = { min: -3, max: 3, step: 0.05, bigStep: 0.5 } as const;

export const DEFAULT_STATE: RegressionLossState = { beta: 1, error: 2 };

const inRange = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

export function parseRegressionLossState(raw: unknown): { ok: true; value: Partial<RegressionLossState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<RegressionLossState> = {};
  if ('beta' in raw) {
    if (!inRange(raw.beta, BETA.min, BETA.max)) return { ok: false, error: S.errors.beta(raw.beta) };
    value.beta = raw.beta;
  }
  if ('error' in raw) {
    if (!inRange(raw.error, ERROR.min, ERROR.max)) return { ok: false, error: S.errors.error(raw.error) };
    value.error = raw.error;
  }
  return { ok: true, value };
}

/** The error after a key press on the chart, or null for keys the chart does not use. */
export function errorAfterKey(d: number, key: string, shift: boolean): number | null {
  const step = shift ? ERROR.bigStep : ERROR.step;
  let next: number | null = null;
  if (key === 'ArrowRight' || key === 'ArrowUp') next = d + step;
  else if (key === 'ArrowLeft' || key === 'ArrowDown') next = d - step;
  else if (key === 'Home') next = ERROR.min;
  else if (key === 'End') next = ERROR.max;
  return next === null ? null : clampError(next);
}

/** Within the axis, rounded to hundredths (so 0.1 + 0.05 steps do not drift). */
export const clampError = (d: number) => Math.round(Math.min(ERROR.max, Math.max(ERROR.min, d)) * 100) / 100;

/** Error values at which the curves are drawn. */
export const CURVE_ERRORS = Array.from({ length: 241 }, (_, i) => ERROR.min + ((ERROR.max - ERROR.min) * i) / 240);

export const fmt = (v: number, decimals = 2) => {
  const s = (v + 0).toFixed(decimals);
  return s.startsWith('-') && Number(s) !== 0 ? `−${s.slice(1)}` : s.replace(/^-/, '');
};

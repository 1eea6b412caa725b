/** RegressionLossExplorer's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, num, type StateOf } from '@/lib/store/schema';

export const BETA = { min: 0, max: 2, step: 0.05 } as const;
export const ERROR = { min: -3, max: 3, step: 0.05, bigStep: 0.5 } as const;

export const schema = defineSchema({
  /** Smooth L1's threshold (PyTorch's beta): quadratic inside ±β, linear outside. Fast R-CNN's 1. */
  beta: num(BETA.min, BETA.max, 1),
  /** The error d = prediction − target the reader points at. */
  error: num(ERROR.min, ERROR.max, 2),
});

export type RegressionLossState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

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

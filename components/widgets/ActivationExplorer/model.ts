/**
 * ActivationExplorer's numbers: the sampled curve and derivative, the saturating intervals, the
 * point the reader moves. Values come from the tfjs compute layer passed in; no React.
 */
import { MAXOUT_PRESETS, type MaxoutPreset } from '@/lib/activations/maxout';
import {
  SATURATION_FRACTION, derivativeSup, saturatingIntervals, type CurveName, type CurveParams, type SaturatingInterval,
} from '@/lib/activations/saturation';

type Compute = Pick<typeof import('@/lib/compute'), 'sampleActivation'>;

export const X_MIN = -6;
export const X_MAX = 6;
/** Samples of the curve: every 0.01 from X_MIN to X_MAX. */
export const SAMPLES = 1201;
/** Arrow keys move the point by this much; Page Up/Down and Shift+arrow by BIG_STEP. */
export const SMALL_STEP = 0.1;
export const BIG_STEP = 1;

export const CURVE_NAMES: readonly CurveName[] = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus', 'softsign', 'maxout'];

export interface ExplorerSettings {
  fn: CurveName;
  negativeSlope: number;
  alpha: number;
  maxout: MaxoutPreset;
}

export const curveParams = (s: ExplorerSettings): CurveParams => ({
  negativeSlope: s.negativeSlope,
  alpha: s.alpha,
  pieces: MAXOUT_PRESETS[s.maxout],
});

export const sampleGrid = () => Float32Array.from({ length: SAMPLES }, (_, i) => Number((X_MIN + ((X_MAX - X_MIN) * i) / (SAMPLES - 1)).toFixed(4)));

export interface ExplorerCurve {
  xs: Float32Array;
  values: Float32Array;
  slopes: Float32Array;
  /** The largest |f′| over all x, and 5% of it: below that, the function saturates. */
  sup: number;
  threshold: number;
  intervals: SaturatingInterval[];
  /** f′ never changes sign on the sampled range. */
  monotonic: boolean;
}

export function explorerCurve(compute: Compute, settings: ExplorerSettings): ExplorerCurve {
  const params = curveParams(settings);
  const xs = sampleGrid();
  const { values, slopes } = compute.sampleActivation(settings.fn, xs, params);
  const sup = derivativeSup(settings.fn, params);
  const threshold = SATURATION_FRACTION * sup;
  const slopeAt = (x: number) => compute.sampleActivation(settings.fn, [x], params).slopes[0];
  const intervals = saturatingIntervals(xs, slopes, threshold, slopeAt);
  let pos = false;
  let neg = false;
  for (const s of slopes) {
    pos ||= s > 0;
    neg ||= s < 0;
  }
  return { xs, values, slopes, sup, threshold, intervals, monotonic: !(pos && neg) };
}

export interface CurvePoint {
  x: number;
  value: number;
  slope: number;
  saturating: boolean;
}

export function pointAt(compute: Compute, settings: ExplorerSettings, curve: ExplorerCurve, x: number): CurvePoint {
  const { values, slopes } = compute.sampleActivation(settings.fn, [x], curveParams(settings));
  return { x, value: values[0], slope: slopes[0], saturating: Math.abs(slopes[0]) < curve.threshold };
}

/** The point moved by a key, or null for keys the figure does not use. */
export function moveByKey(x: number, key: string, shift: boolean): number | null {
  const step = shift ? BIG_STEP : SMALL_STEP;
  const next =
    key === 'ArrowRight' || key === 'ArrowUp' ? x + step
    : key === 'ArrowLeft' || key === 'ArrowDown' ? x - step
    : key === 'PageUp' ? x + BIG_STEP
    : key === 'PageDown' ? x - BIG_STEP
    : key === 'Home' ? X_MIN
    : key === 'End' ? X_MAX
    : null;
  return next === null ? null : clampX(next);
}

export const clampX = (x: number) => Math.min(X_MAX, Math.max(X_MIN, Math.round(x * 100) / 100));

/** A number as the widget prints it: three decimals, or three significant digits when small. */
export function num(v: number, decimals = 3): string {
  const text = v === 0 ? '0' : Math.abs(v) >= 0.01 ? v.toFixed(decimals) : v.toPrecision(3);
  // No minus on a value that rounds to zero; a typographic minus otherwise.
  return text.replace(/^-(?=[0.]*$)/, '').replace(/^-/, '\u2212');
}

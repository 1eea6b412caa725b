/**
 * The pooling stepper's pure logic: which settings are impossible and why, one view of max,
 * average and stochastic pooling (output, and where each window's gradient goes), the upstream
 * gradient the reader picks, and the input gradient summed window by window. No React, no tfjs:
 * max and average numbers arrive from lib/compute's poolingTrace, stochastic ones from
 * lib/pooling (seeded, so every reader sees the same draw for the same seed).
 */
import type { PoolTrace } from '@/lib/compute/poolTrace';
import { windowCells, type WindowCell } from '@/lib/compute/convWindow';
import { checkNonNegative, stochasticPool2d, type StochasticPoolResult } from '@/lib/pooling/stochasticPool';
import { convGeometry, type Geometry } from '@/components/widgets/shared/stepper/geometry';
import type { InputImage } from '@/components/widgets/shared/stepper/presets';
import type { PoolMode, Upstream } from './presets';
import type { PoolingState } from './state';
import { strings } from './strings';

export type Check = { ok: true; geometry: Geometry } | { ok: false; error: string };

/** The window's geometry, or the reason these settings cannot pool this input. */
export function checkSettings(image: InputImage, s: Pick<PoolingState, 'mode' | 'kernel' | 'stride' | 'padding'>): Check {
  if (s.padding > s.kernel / 2) return { ok: false, error: strings.errors.padding(s.padding, s.kernel) };
  const g = convGeometry(image.height, image.width, s.kernel, s.stride, s.padding, 1);
  if (!g.ok) return g;
  if (s.mode === 'stochastic') {
    const bad = checkNonNegative(image.data, image.width);
    if (!bad.ok) return { ok: false, error: strings.errors.negative(bad.row, bad.col, bad.value) };
  }
  return g;
}

/** Everything the figure draws for one setting: outputs and gradient routes for every window. */
export interface PoolView {
  mode: PoolMode;
  geometry: Geometry;
  /** What the output map shows [P]: the pooled values (for stochastic pooling, per `phase`). */
  output: ArrayLike<number>;
  /** Share of window p's gradient that reaches its kernel cell k [P, k²]; 0 at padding cells. */
  routes: ArrayLike<number>;
  /** Share of window p's gradient that falls on padding and is dropped [P]. */
  lostShare: ArrayLike<number>;
  /** Stochastic pooling: probabilities, draws, picks, and both outputs. */
  stochastic: StochasticPoolResult | null;
}

export function viewFromTrace(trace: PoolTrace, geometry: Geometry): PoolView {
  return { mode: trace.mode, geometry, output: trace.output, routes: trace.routes, lostShare: trace.lostShare, stochastic: null };
}

/** Stochastic pooling of a one-channel image; the gradient follows the sample (training). */
export function stochasticView(image: InputImage, geometry: Geometry, s: Pick<PoolingState, 'kernel' | 'stride' | 'padding' | 'seed' | 'phase'>): PoolView {
  const r = stochasticPool2d(image.data, image.height, image.width, { kernel: s.kernel, stride: s.stride, padding: s.padding, seed: s.seed });
  const K = s.kernel * s.kernel;
  const routes = new Float64Array(r.picked.length * K);
  r.picked.forEach((k, p) => (routes[p * K + k] = 1));
  return {
    mode: 'stochastic',
    geometry,
    output: s.phase === 'train' ? r.sample : r.expected,
    routes,
    lostShare: new Float64Array(r.picked.length),
    stochastic: r,
  };
}

/** ∂L/∂y: all ones, 1 at the current window only, or 1, 2, 3, … in raster order. */
export function upstreamGradient(kind: Upstream, windows: number, current: number): Float64Array {
  const gy = new Float64Array(windows);
  for (let p = 0; p < windows; p++) gy[p] = kind === 'ones' ? 1 : kind === 'numbered' ? p + 1 : p === current ? 1 : 0;
  return gy;
}

/** One window's cells with the share of its gradient each receives. */
export interface RoutedCell extends WindowCell {
  share: number;
}

export function routedCells(view: PoolView, p: number): RoutedCell[] {
  const K = view.geometry.kh * view.geometry.kw;
  return windowCells(view.geometry, p).map((cell, k) => ({ ...cell, share: view.routes[p * K + k] }));
}

/** ∂L/∂x after the windows 0 … upTo have sent their gradient back: Σ gy_p · route_p. */
export function inputGradient(view: PoolView, gy: ArrayLike<number>, upTo: number): Float64Array {
  const { inH, inW } = view.geometry;
  const dx = new Float64Array(inH * inW);
  const last = Math.min(upTo, view.geometry.positions - 1);
  for (let p = 0; p <= last; p++) {
    if (gy[p] === 0) continue;
    for (const cell of routedCells(view, p)) if (!cell.isPadding && cell.share !== 0) dx[cell.row * inW + cell.col] += gy[p] * cell.share;
  }
  return dx;
}

/** The value a window cell shows: the input, or what padding means for this kind of pooling. */
export function cellValue(image: InputImage, cell: { row: number; col: number; isPadding: boolean }): number {
  return cell.isPadding ? Number.NaN : image.data[cell.row * image.width + cell.col];
}

/** What a padding cell stands for: −∞ (max), 0 (average counting it, stochastic), or nothing. */
export function paddingMeaning(mode: PoolMode, countIncludePad: boolean): 'max' | 'zero' | 'excluded' {
  if (mode === 'max') return 'max';
  if (mode === 'avg' && !countIncludePad) return 'excluded';
  return 'zero';
}

/** Real cells of window p, and the divisor average pooling uses for it. */
export function averageDivisor(geometry: Geometry, p: number, countIncludePad: boolean): { divisor: number; real: number } {
  const real = windowCells(geometry, p).filter((c) => !c.isPadding).length;
  return { divisor: countIncludePad ? geometry.kh * geometry.kw : real, real };
}

/**
 * Everything DropoutDemo shows about its small layer (lib/nn/dropoutDemo), from lib/nn/dropout.
 * Pure; no React.
 */
import {
  dropoutRun, exactMoments, fullOutput, keepMask, rms, testOutput, trainScale,
  type DropoutRun, type DropoutSetup,
} from '@/lib/nn/dropout';
import { demoLayer, INPUTS } from '@/lib/nn/dropoutDemo';
import { MAX_MASKS, type DropoutState } from './state';

export { demoLayer, INPUTS, OUTPUTS, maskDraws } from '@/lib/nn/dropoutDemo';

export interface DropoutView {
  setup: DropoutSetup;
  /** What the running average should converge to: the network used at test time. */
  target: number[];
  /** The layer with no dropout and no rescaling. */
  full: number[];
  /** Exact mean and variance over all 2^8 masks. */
  mean: number[];
  variance: number[];
  /** RMS over units of the single-mask standard deviation: the error after n masks is about sigma/√n. */
  sigma: number;
  /** RMS gap between the exact mean and the target: 0 for a linear layer, not after a ReLU. */
  bias: number;
  run: DropoutRun;
  /** The latest mask (empty before the first) and the factor its kept units are multiplied by. */
  keep: boolean[];
  scale: number;
}

export function dropoutView(state: DropoutState, draws: Float64Array): DropoutView {
  const { layer, x } = demoLayer(state.seed);
  const setup: DropoutSetup = { layer, x, p: state.p, scaling: state.scaling, after: state.after };
  const target = testOutput(setup);
  const { mean, variance } = exactMoments(setup);
  const masks = Math.min(state.masks, MAX_MASKS);
  return {
    setup,
    target,
    full: fullOutput(setup),
    mean,
    variance,
    sigma: Math.sqrt(variance.reduce((a, b) => a + b, 0) / variance.length),
    bias: rms(mean, target),
    run: dropoutRun(setup, draws, masks),
    keep: masks > 0 ? keepMask(draws, state.p, (masks - 1) * INPUTS, INPUTS) : [],
    scale: trainScale(state.p, state.scaling),
  };
}

/** The next mask count while playing: one at a time at first, then about 6 % more per tick, so
 * the log-scaled chart fills at an even pace. */
export const nextPlayCount = (masks: number) => Math.min(MAX_MASKS, masks + Math.max(1, Math.ceil(masks * 0.06)));

/** Four decimals with a true minus sign. */
export const fmt = (v: number, digits = 3) => {
  const r = Number(v.toFixed(digits));
  return (r === 0 ? 0 : r).toFixed(digits).replace('-', '−');
};

/** Indices 0 … n − 1 spaced evenly on a log scale (every index while they are few), last one
 * included: enough points for a smooth line on a log axis without drawing thousands. */
export function logSample(n: number, perDecade = 120): number[] {
  const out: number[] = [];
  let next = 0;
  for (let k = 0; k < n; k++) {
    if (k >= next || k === n - 1) {
      out.push(k);
      next = Math.max(k + 1, Math.floor((k + 1) * 10 ** (1 / perDecade)));
    }
  }
  return out;
}

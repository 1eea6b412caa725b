/**
 * Dropout on the inputs of one small dense layer, in plain arithmetic: masks, the two scaling
 * conventions, the running average over many masks and the exact expectation over all masks.
 * No tfjs and no randomness of its own: the caller passes uniforms from lib/random/prng.
 */

/** Where the keep-factor goes. 'inverted' (PyTorch, Keras): kept units are multiplied by
 * 1/(1 − p) while training and the test network is the plain one. 'original' (Srivastava et al.
 * 2014): training leaves kept units as they are and the test network multiplies the weights by
 * (1 − p). */
export type DropoutScaling = 'inverted' | 'original';

/** What follows the weighted sum: nothing (a linear layer) or a ReLU. */
export type Nonlinearity = 'none' | 'relu';

export interface DenseLayer {
  inputs: number;
  outputs: number;
  /** Row-major [outputs, inputs], PyTorch's layout. */
  weights: readonly number[];
  bias: readonly number[];
}

export interface DropoutSetup {
  layer: DenseLayer;
  /** The layer's input, one value per input unit. */
  x: readonly number[];
  /** Drop probability, 0 ≤ p < 1. */
  p: number;
  scaling: DropoutScaling;
  after: Nonlinearity;
}

/** A unit is kept when its uniform draw is at least p, so it is dropped with probability p. Using
 * the same draws for every p makes the masks change smoothly as p moves. */
export function keepMask(draws: ArrayLike<number>, p: number, offset = 0, length = draws.length - offset): boolean[] {
  return Array.from({ length }, (_, i) => draws[offset + i] >= p);
}

const activate = (z: number, after: Nonlinearity) => (after === 'relu' ? Math.max(0, z) : z);

/** The layer applied to `x` with each input multiplied by `factor[i]`. */
function forward(layer: DenseLayer, x: readonly number[], factor: (i: number) => number, after: Nonlinearity): number[] {
  const y: number[] = [];
  for (let o = 0; o < layer.outputs; o++) {
    let z = layer.bias[o];
    for (let i = 0; i < layer.inputs; i++) z += layer.weights[o * layer.inputs + i] * x[i] * factor(i);
    y.push(activate(z, after));
  }
  return y;
}

/** The factor a kept unit is multiplied by while training. */
export const trainScale = (p: number, scaling: DropoutScaling) => (scaling === 'inverted' ? 1 / (1 - p) : 1);

/** The layer's output while training, for one mask. */
export function trainOutput({ layer, x, p, scaling, after }: DropoutSetup, keep: readonly boolean[]): number[] {
  const s = trainScale(p, scaling);
  return forward(layer, x, (i) => (keep[i] ? s : 0), after);
}

/** The layer's output at test time: every unit present; under the original convention the
 * weights are multiplied by (1 − p). */
export function testOutput({ layer, x, p, scaling, after }: DropoutSetup): number[] {
  const s = scaling === 'original' ? 1 - p : 1;
  return forward(layer, x, () => s, after);
}

/** The layer with dropout switched off and no rescaling at all. */
export function fullOutput({ layer, x, after }: DropoutSetup): number[] {
  return forward(layer, x, () => 1, after);
}

export const MAX_ENUMERATED_INPUTS = 16;

/**
 * The exact mean and variance of each training-time output over all 2^n masks, each weighted by
 * its probability p^dropped (1 − p)^kept. Only for small layers (n ≤ 16).
 */
export function exactMoments(setup: DropoutSetup): { mean: number[]; variance: number[] } {
  const n = setup.layer.inputs;
  if (n > MAX_ENUMERATED_INPUTS) throw new Error(`Enumerating masks needs at most ${MAX_ENUMERATED_INPUTS} inputs (got ${n}).`);
  const m = setup.layer.outputs;
  const sum = new Array<number>(m).fill(0);
  const sumSq = new Array<number>(m).fill(0);
  for (let bits = 0; bits < 2 ** n; bits++) {
    const keep = Array.from({ length: n }, (_, i) => ((bits >> i) & 1) === 1);
    const kept = keep.filter(Boolean).length;
    const weight = setup.p ** (n - kept) * (1 - setup.p) ** kept;
    if (weight === 0) continue;
    const y = trainOutput(setup, keep);
    for (let o = 0; o < m; o++) {
      sum[o] += weight * y[o];
      sumSq[o] += weight * y[o] * y[o];
    }
  }
  return { mean: sum, variance: sum.map((mu, o) => Math.max(0, sumSq[o] - mu * mu)) };
}

/** Root mean square over the output units of a − b. */
export const rms = (a: readonly number[], b: readonly number[]) => Math.sqrt(a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0) / a.length);

export interface DropoutRun {
  /** Outputs of every mask, [masks][outputs]. */
  outputs: number[][];
  /** Running average after k + 1 masks, [masks][outputs]. */
  averages: number[][];
  /** RMS gap between the running average after k + 1 masks and the test-time output. */
  errors: number[];
}

/**
 * Draws `masks` masks from `draws` (n uniforms per mask, in order) and follows the running
 * average of the outputs. Mask k uses draws[k·n … k·n + n − 1].
 */
export function dropoutRun(setup: DropoutSetup, draws: ArrayLike<number>, masks: number): DropoutRun {
  const n = setup.layer.inputs;
  if (draws.length < masks * n) throw new Error(`${masks} masks need ${masks * n} draws (got ${draws.length}).`);
  const target = testOutput(setup);
  const total = new Array<number>(setup.layer.outputs).fill(0);
  const run: DropoutRun = { outputs: [], averages: [], errors: [] };
  for (let k = 0; k < masks; k++) {
    const y = trainOutput(setup, keepMask(draws, setup.p, k * n, n));
    y.forEach((v, o) => (total[o] += v));
    const avg = total.map((t) => t / (k + 1));
    run.outputs.push(y);
    run.averages.push(avg);
    run.errors.push(rms(avg, target));
  }
  return run;
}

/**
 * Stochastic pooling (Zeiler and Fergus, "Stochastic Pooling for Regularization of Deep
 * Convolutional Neural Networks", ICLR 2013), on one feature map. Plain arithmetic, no tfjs.
 *
 * In each window of non-negative activations a_i (they follow a ReLU), cell i is picked with
 * probability p_i = a_i / Σ_j a_j and its value is the output; the gradient goes back to the cell
 * picked. At test time the output is the expectation Σ_i p_i a_i, the probability-weighted average.
 *
 * Padding cells are zeros, so they are never picked. A window whose activations are all zero has no
 * proportions to sample from: every cell holds 0, so the output is 0 whichever is picked; the pick
 * is then uniform over the window's real cells, and its expectation is 0 too.
 *
 * One uniform number is drawn per window, in raster order, from a generator seeded by `seed`: the
 * same seed always gives the same picks, and a window's pick does not depend on other windows' values.
 */
import { mulberry32 as seededRandom } from '../random/prng';

export interface StochasticPoolOptions {
  kernel: number;
  /** Defaults to the kernel size, as in PyTorch's pooling layers. */
  stride?: number;
  padding?: number;
  seed: number;
}

export interface StochasticPoolResult {
  outH: number;
  outW: number;
  /** Cells per window, kernel². */
  cellsPerWindow: number;
  /** Training-time output: the value of the cell picked in each window [P]. */
  sample: Float64Array;
  /** Test-time output: Σ p_i a_i in each window [P]. */
  expected: Float64Array;
  /** Probability of each kernel cell in each window [P, kernel²] (0 for padding cells). */
  probabilities: Float64Array;
  /** Kernel cell (row-major within the window) picked in each window [P]. */
  picked: Int32Array;
  /** The uniform number in [0, 1) drawn for each window [P]. */
  draws: Float64Array;
  /** Windows whose activations were all zero (picked uniformly) [P]. */
  allZero: Uint8Array;
}

export type StochasticCheck = { ok: true } | { ok: false; row: number; col: number; value: number };

/** Stochastic pooling needs activations ≥ 0: the first negative cell, if any. */
export function checkNonNegative(plane: ArrayLike<number>, width: number): StochasticCheck {
  for (let k = 0; k < plane.length; k++) {
    if (!(plane[k] >= 0)) return { ok: false, row: Math.floor(k / width), col: k % width, value: plane[k] };
  }
  return { ok: true };
}

/** Index of the cell a uniform draw u picks from probabilities (inverse of the cumulative sum). */
export function pickCell(probabilities: ArrayLike<number>, u: number): number {
  let cumulative = 0;
  let lastPositive = -1;
  for (let k = 0; k < probabilities.length; k++) {
    if (probabilities[k] <= 0) continue;
    cumulative += probabilities[k];
    lastPositive = k;
    if (u < cumulative) return k;
  }
  // Rounding can leave the cumulative sum a hair under 1: the draw then belongs to the last cell.
  return lastPositive;
}

export function stochasticPool2d(plane: ArrayLike<number>, height: number, width: number, opts: StochasticPoolOptions): StochasticPoolResult {
  const { kernel: k, padding: p = 0 } = opts;
  const s = opts.stride ?? k;
  for (const [name, v, min] of [['kernel', k, 1], ['stride', s, 1], ['padding', p, 0]] as const) {
    if (!Number.isInteger(v) || v < min) throw new Error(`The pooling ${name} must be a whole number of at least ${min} (got ${v}).`);
  }
  if (p > k / 2) throw new Error(`Pooling padding must be at most half the kernel size (got ${p} for a kernel of ${k}).`);
  if (plane.length !== height * width) throw new Error(`Expected ${height}×${width} = ${height * width} values, got ${plane.length}.`);
  const bad = checkNonNegative(plane, width);
  if (!bad.ok) throw new Error(`Stochastic pooling needs activations of at least 0; row ${bad.row + 1}, column ${bad.col + 1} is ${bad.value}.`);
  const outH = Math.floor((height + 2 * p - k) / s) + 1;
  const outW = Math.floor((width + 2 * p - k) / s) + 1;
  if (outH < 1 || outW < 1) throw new Error(`The ${k}×${k} pooling window is larger than the padded input (${height + 2 * p}×${width + 2 * p}).`);

  const P = outH * outW;
  const K = k * k;
  const result: StochasticPoolResult = {
    outH,
    outW,
    cellsPerWindow: K,
    sample: new Float64Array(P),
    expected: new Float64Array(P),
    probabilities: new Float64Array(P * K),
    picked: new Int32Array(P),
    draws: new Float64Array(P),
    allZero: new Uint8Array(P),
  };
  const random = seededRandom(opts.seed);
  const values = new Float64Array(K);
  const real = new Uint8Array(K);
  for (let w = 0; w < P; w++) {
    const top = Math.floor(w / outW) * s - p;
    const left = (w % outW) * s - p;
    let sum = 0;
    let realCount = 0;
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) {
        const r = top + i;
        const c = left + j;
        const inside = r >= 0 && r < height && c >= 0 && c < width;
        values[i * k + j] = inside ? plane[r * width + c] : 0;
        real[i * k + j] = inside ? 1 : 0;
        sum += values[i * k + j];
        realCount += real[i * k + j];
      }
    const probs = result.probabilities.subarray(w * K, (w + 1) * K);
    let expected = 0;
    for (let c = 0; c < K; c++) {
      probs[c] = sum > 0 ? values[c] / sum : real[c] / realCount;
      expected += probs[c] * values[c];
    }
    const u = random();
    const picked = pickCell(probs, u);
    result.draws[w] = u;
    result.picked[w] = picked;
    result.sample[w] = values[picked];
    result.expected[w] = sum > 0 ? expected : 0;
    result.allZero[w] = sum > 0 ? 0 : 1;
  }
  return result;
}

/**
 * Gradient with respect to the input of Σ_w gy_w · sample_w: each window's upstream gradient goes to
 * the cell it picked (like max pooling's arg-max), and cells picked by several windows add them up.
 */
export function stochasticPoolGradient(
  pooled: Pick<StochasticPoolResult, 'outH' | 'outW' | 'picked'>,
  gy: ArrayLike<number>,
  height: number,
  width: number,
  opts: Omit<StochasticPoolOptions, 'seed'>,
): Float64Array {
  const { kernel: k, padding: p = 0 } = opts;
  const s = opts.stride ?? k;
  const P = pooled.outH * pooled.outW;
  if (gy.length !== P) throw new Error(`Expected ${P} upstream gradients, got ${gy.length}.`);
  const dx = new Float64Array(height * width);
  for (let w = 0; w < P; w++) {
    const cell = pooled.picked[w];
    const r = Math.floor(w / pooled.outW) * s - p + Math.floor(cell / k);
    const c = (w % pooled.outW) * s - p + (cell % k);
    if (r >= 0 && r < height && c >= 0 && c < width) dx[r * width + c] += gy[w];
  }
  return dx;
}

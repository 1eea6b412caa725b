/**
 * Why unnormalised inputs saturate a sigmoid: one neuron z = w·x with small random weights
 * (w ~ N(0, σw²), no bias) sees k×k×3 patches of the image set, preprocessed four ways. A
 * pre-activation is *saturated* when the sigmoid's slope there is below a fraction (5 % by
 * default) of its largest slope, 1/4 at z = 0: the gradient through it has all but vanished.
 */
import { normal, subSeed, uniform } from './random';
import type { RgbImage } from './imageSet';
import type { Triple } from './meanSubtraction';
import { binCounts } from '@/lib/stats/histogram';

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const sigmoidSlope = (z: number) => {
  const s = sigmoid(z);
  return s * (1 - s);
};
export const MAX_SLOPE = 0.25;
/** The fraction of the largest slope below which the lesson calls a unit saturated. */
export const SATURATION_FRACTION = 0.05;

/** |z| beyond which σ'(z) < fraction · σ'(0): solve s(1 − s) = fraction/4 for s = σ(z). */
export function saturationThreshold(fraction = SATURATION_FRACTION): number {
  const s = (1 - Math.sqrt(1 - fraction)) / 2;
  return Math.log((1 - s) / s);
}

export const INPUT_MODES = ['raw', 'unit', 'centred', 'normalised'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

/** `count` k×k×3 patches at seeded positions of seeded images; raw values 0–255, row after row. */
export function samplePatches(images: RgbImage[], k: number, count: number, seed: number): Float64Array {
  const u = uniform(subSeed(seed, 7));
  const { width, height } = images[0];
  const d = k * k * 3;
  const out = new Float64Array(count * d);
  for (let p = 0; p < count; p++) {
    const img = images[Math.floor(u() * images.length)];
    const top = Math.floor(u() * (height - k + 1));
    const left = Math.floor(u() * (width - k + 1));
    let o = p * d;
    for (let y = 0; y < k; y++) {
      const row = ((top + y) * width + left) * 3;
      for (let j = 0; j < k * 3; j++) out[o++] = img.data[row + j];
    }
  }
  return out;
}

/** The inputs the neuron sees: raw 0–255, divided by 255, minus the channel mean, or normalised
 * per channel ((x − mean) / std), with statistics from the training images. */
export function prepareInputs(raw: Float64Array, mode: InputMode, mean: Triple, std: Triple): Float64Array {
  return Float64Array.from(raw, (v, i) => {
    const c = i % 3;
    if (mode === 'unit') return v / 255;
    if (mode === 'centred') return v - mean[c];
    if (mode === 'normalised') return (v - mean[c]) / std[c];
    return v;
  });
}

/** z = w·x for `neurons` weight vectors drawn from N(0, 1), for every patch: patch-major.
 * Weights of standard deviation σw give exactly σw times these, so a weight-scale slider only
 * rescales them. */
export function unitPreActivations(inputs: Float64Array, d: number, neurons: number, seed: number): Float64Array {
  const g = normal(subSeed(seed, 11));
  const w = Float64Array.from({ length: neurons * d }, () => g());
  const patches = inputs.length / d;
  const z = new Float64Array(patches * neurons);
  for (let p = 0; p < patches; p++) {
    const x = p * d;
    for (let n = 0; n < neurons; n++) {
      const wn = n * d;
      let s = 0;
      for (let i = 0; i < d; i++) s += w[wn + i] * inputs[x + i];
      z[p * neurons + n] = s;
    }
  }
  return z;
}

export interface SaturationSummary {
  /** Share of pre-activations with |z| beyond the threshold. */
  saturated: number;
  /** Mean of σ'(z) / σ'(0): how much gradient the sigmoid lets through on average. */
  meanRelativeSlope: number;
  /** Root mean square of z. */
  rms: number;
  threshold: number;
}

export function summarize(unitZ: Float64Array, weightStd: number, fraction = SATURATION_FRACTION): SaturationSummary {
  const threshold = saturationThreshold(fraction);
  let saturated = 0;
  let slope = 0;
  let sq = 0;
  for (const u of unitZ) {
    const z = u * weightStd;
    if (Math.abs(z) > threshold) saturated++;
    slope += sigmoidSlope(z) / MAX_SLOPE;
    sq += z * z;
  }
  const n = unitZ.length;
  return { saturated: saturated / n, meanRelativeSlope: slope / n, rms: Math.sqrt(sq / n), threshold };
}

/** Counts of z = unitZ · weightStd in `bins` equal bins over [−range, range]; values outside
 * land in the end bins (they are drawn as "≥ range"). */
export function histogram(unitZ: Float64Array, weightStd: number, range: number, bins: number): number[] {
  return binCounts(
    Array.from(unitZ, (u) => u * weightStd),
    -range,
    range,
    bins,
  );
}

/** A symmetric axis range that shows both the threshold and almost all values. */
export function histogramRange(unitZ: Float64Array, weightStd: number, threshold: number): number {
  const abs = Float64Array.from(unitZ, (u) => Math.abs(u * weightStd)).sort();
  const q = abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.99))] ?? 0;
  const r = Math.max(threshold * 1.6, q * 1.05);
  // A round number of units keeps the ticks readable.
  const step = 10 ** Math.floor(Math.log10(r));
  return Math.ceil(r / step) * step;
}

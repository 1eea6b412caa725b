/**
 * Symmetric linear k-bit quantisation: w ≈ s·q with integer codes q in −(2^(k−1)−1) … 2^(k−1)−1
 * and a scale s = max|w| / (2^(k−1)−1), one per tensor or one per output channel (the last axis
 * of a kernel, as TensorFlow stores it). Zero stays exactly zero, so pruning and quantising mix.
 */

export type Granularity = 'tensor' | 'channel';
export const BITS = [8, 6, 4, 2] as const;
export type Bits = (typeof BITS)[number];

export interface Quantised {
  bits: number;
  /** One scale per tensor, or one per output channel. */
  scales: Float32Array;
  codes: Int8Array;
  /** Number of output channels (the length of the last axis). */
  channels: number;
}

/** The largest code magnitude of k-bit symmetric codes: 2^(k−1) − 1 (127 for 8 bits, 1 for 2 bits). */
export function maxCode(bits: number): number {
  if (!(Number.isInteger(bits) && bits >= 2 && bits <= 8)) throw new Error('The number of bits must be a whole number from 2 to 8.');
  return 2 ** (bits - 1) - 1;
}

/** Quantises a tensor whose last axis has `channels` entries (per-channel) or as a whole. */
export function quantise(w: Float32Array, bits: number, granularity: Granularity = 'tensor', channels = 1): Quantised {
  const top = maxCode(bits);
  const groups = granularity === 'channel' ? channels : 1;
  if (!(Number.isInteger(groups) && groups >= 1 && w.length % groups === 0)) throw new Error('The channel count must divide the number of weights.');
  const maxAbs = new Float32Array(groups);
  for (let i = 0; i < w.length; i++) {
    const g = i % groups;
    maxAbs[g] = Math.max(maxAbs[g], Math.abs(w[i]));
  }
  const scales = Float32Array.from(maxAbs, (m) => (m > 0 ? m / top : 1));
  const codes = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const q = Math.round(w[i] / scales[i % groups]);
    codes[i] = Math.max(-top, Math.min(top, q));
  }
  return { bits, scales, codes, channels: groups };
}

export function dequantise(q: Quantised): Float32Array {
  return Float32Array.from(q.codes, (c, i) => c * q.scales[i % q.channels]);
}

/** Quantise then dequantise: the weights the quantised model computes with. */
export function fakeQuantise(w: Float32Array, bits: number, granularity: Granularity = 'tensor', channels = 1): { weights: Float32Array; scales: Float32Array } {
  const q = quantise(w, bits, granularity, channels);
  return { weights: dequantise(q), scales: q.scales };
}

/** The representable values of one tensor's grid: s·q for every code q. */
export function gridValues(scale: number, bits: number): number[] {
  const top = maxCode(bits);
  return Array.from({ length: 2 * top + 1 }, (_, i) => (i - top) * scale);
}

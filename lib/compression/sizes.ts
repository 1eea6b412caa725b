/**
 * Model sizes in bytes. Float: 4 bytes a weight. Quantised: each quantised tensor stores its codes
 * packed at k bits (rounded up to whole bytes per tensor) plus one float32 scale per tensor or
 * per channel; tensors left in float (biases) stay at 4 bytes a value. Zeros of a pruned model
 * stored sparsely cost an index each (see sparseBytes).
 */

export const FLOAT_BYTES = 4;

export interface TensorCount {
  /** Number of values. */
  size: number;
  /** Scales it carries when quantised (1 per tensor, or its output channels); 0 = kept in float. */
  scales: number;
}

export const floatBytes = (tensors: { size: number }[]) => tensors.reduce((n, t) => n + t.size * FLOAT_BYTES, 0);

/** Bytes of a model whose tensors with scales > 0 are stored as k-bit codes + float32 scales. */
export function quantisedBytes(tensors: TensorCount[], bits: number): number {
  return tensors.reduce((n, t) => n + (t.scales > 0 ? Math.ceil((t.size * bits) / 8) + t.scales * FLOAT_BYTES : t.size * FLOAT_BYTES), 0);
}

/**
 * A pruned tensor kept as (value, index) pairs: `kept` float32 values and as many indices of
 * `indexBytes` each. Sparse storage only saves space once more than indexBytes / (4 + indexBytes)
 * of the weights are zero (a third, for 2-byte indices).
 */
export function sparseBytes(kept: number, indexBytes = 2): number {
  return kept * (FLOAT_BYTES + indexBytes);
}

/**
 * Low-rank factorisation of an m × n weight matrix: W ≈ U V with U m × r and V r × n, so
 * r(m + n) weights instead of mn (a saving only while r < mn / (m + n)).
 */
export function lowRankParams(m: number, n: number, rank: number): number {
  if (![m, n, rank].every((v) => Number.isInteger(v) && v >= 1) || rank > Math.min(m, n)) throw new Error('The rank must be a whole number from 1 to the smaller side of the matrix.');
  return rank * (m + n);
}

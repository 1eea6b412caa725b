/**
 * Magnitude pruning as plain arithmetic: one global threshold on |w| over every kernel of a
 * network, chosen so that exactly the asked fraction of weights becomes zero (ties broken by
 * position, so the count is exact even when many weights share a magnitude). Biases are kept.
 */

export interface PruneResult {
  /** Pruned copies of the tensors, in the order given. */
  tensors: Float32Array[];
  /** The largest |w| that was set to zero (0 when nothing was pruned). */
  threshold: number;
  /** Weights set to zero, over all tensors. */
  pruned: number;
  total: number;
}

/** How many of `total` weights a sparsity (0 … 1) removes: rounded to the nearest whole weight. */
export function prunedCount(total: number, sparsity: number): number {
  if (!(sparsity >= 0 && sparsity <= 1)) throw new Error('The sparsity must be between 0 and 1.');
  return Math.round(total * sparsity);
}

/**
 * Global magnitude pruning: the `sparsity` fraction of smallest-|w| weights over all tensors become 0.
 * `order` (from rankByMagnitude) can be passed to prune the same tensors at many sparsities.
 */
export function magnitudePrune(tensors: Float32Array[], sparsity: number, order: Uint32Array = rankByMagnitude(tensors)): PruneResult {
  const total = tensors.reduce((n, t) => n + t.length, 0);
  const count = prunedCount(total, sparsity);
  const out = tensors.map((t) => Float32Array.from(t));
  let threshold = 0;
  for (let r = 0; r < count; r++) {
    const flat = order[r];
    const [ti, i] = locate(tensors, flat);
    threshold = Math.abs(tensors[ti][i]);
    out[ti][i] = 0;
  }
  return { tensors: out, threshold, pruned: count, total };
}

/** Flat indices of every weight, smallest |w| first (stable: ties in position order). */
export function rankByMagnitude(tensors: Float32Array[]): Uint32Array {
  const total = tensors.reduce((n, t) => n + t.length, 0);
  const mags = new Float32Array(total);
  let at = 0;
  for (const t of tensors) for (let i = 0; i < t.length; i++) mags[at++] = Math.abs(t[i]);
  const order = Uint32Array.from({ length: total }, (_, i) => i);
  order.sort((a, b) => mags[a] - mags[b] || a - b);
  return order;
}

function locate(tensors: Float32Array[], flat: number): [number, number] {
  let ti = 0;
  while (flat >= tensors[ti].length) flat -= tensors[ti++].length;
  return [ti, flat];
}

/** Fraction of exact zeros in a tensor. */
export function sparsityOf(t: Float32Array): number {
  if (t.length === 0) return 0;
  let zeros = 0;
  for (const v of t) if (v === 0) zeros++;
  return zeros / t.length;
}

/** 1 where a weight is kept, 0 where it was pruned. */
export const maskOf = (t: Float32Array) => Float32Array.from(t, (v) => (v === 0 ? 0 : 1));

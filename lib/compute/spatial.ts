/**
 * Settings along the two spatial axes (height, width), in PyTorch's habit: a single number
 * means the same value for both axes, a pair is [height, width].
 */
export type Pair = number | readonly [number, number];

export function toPair(v: Pair): [number, number] {
  return typeof v === 'number' ? [v, v] : [v[0], v[1]];
}

/** Output length along one axis: floor((n + 2p - d(k-1) - 1) / s) + 1 (may be <= 0 if impossible). */
export function slidingOutputSize(n: number, k: number, s: number, p: number, d = 1): number {
  return Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1;
}

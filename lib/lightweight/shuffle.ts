/**
 * Channel shuffle as an index permutation, the groups a grouped convolution sees, and the memory
 * access cost (MAC) arithmetic behind ShuffleNet v2's guidelines (Ma et al. 2018). Plain
 * arithmetic, no tfjs; tests check the permutation against the golden channel_shuffle op.
 */

/** Why `groups` cannot split `channels`, or null when it can. */
export function groupsProblem(channels: number, groups: number): string | null {
  if (!Number.isInteger(channels) || channels < 1) return 'channels';
  if (!Number.isInteger(groups) || groups < 1) return 'groups';
  return channels % groups === 0 ? null : 'divisor';
}

/**
 * source[j] is the input channel that lands at output position j: the channels seen as a
 * groups × (channels/groups) matrix, transposed, read out row by row (PyTorch's reshape,
 * transpose, flatten).
 */
export function shuffleSource(channels: number, groups: number): number[] {
  if (groupsProblem(channels, groups)) throw new Error(`${groups} groups do not divide ${channels} channels`);
  const per = channels / groups;
  return Array.from({ length: channels }, (_, j) => (j % groups) * per + Math.floor(j / groups));
}

/** The group a channel belongs to: channels are split into `groups` consecutive blocks. */
export const groupOf = (channel: number, channels: number, groups: number) => Math.floor(channel / (channels / groups));

/**
 * For each group of the next grouped convolution, the set of groups of the previous layer whose
 * channels it reads, with or without a shuffle in between.
 */
export function groupsSeen(channels: number, groups: number, shuffled: boolean): number[][] {
  const source = shuffled ? shuffleSource(channels, groups) : Array.from({ length: channels }, (_, i) => i);
  const per = channels / groups;
  return Array.from({ length: groups }, (_, g) => {
    const seen = new Set<number>();
    for (let j = g * per; j < (g + 1) * per; j++) seen.add(groupOf(source[j], channels, groups));
    return [...seen].sort((a, b) => a - b);
  });
}

/** FLOPs (multiply-accumulates) of a 1×1 convolution with g groups on an h·w map. */
export const pointwiseFlops = (hw: number, c1: number, c2: number, g = 1) => (hw * c1 * c2) / g;

/** Memory access of that convolution: read the input, write the output, read the weights. */
export const pointwiseMac = (hw: number, c1: number, c2: number, g = 1) => hw * (c1 + c2) + (c1 * c2) / g;

export interface MacRow {
  c1: number;
  c2: number;
  g: number;
  flops: number;
  mac: number;
}

/** Guideline 1: at the same FLOPs (c1·c2 fixed), MAC is smallest when c1 = c2. */
export function equalWidthTable(hw: number, product: number, ratios: readonly number[]): MacRow[] {
  return ratios.map((r) => {
    const c1 = Math.sqrt(product / r);
    const c2 = c1 * r;
    return { c1, c2, g: 1, flops: pointwiseFlops(hw, c1, c2), mac: pointwiseMac(hw, c1, c2) };
  });
}

/** Guideline 2: widen c = c1 = c2 as the groups grow so the FLOPs stay the same; MAC grows. */
export function groupTable(hw: number, base: number, groups: readonly number[]): MacRow[] {
  return groups.map((g) => {
    const c = base * Math.sqrt(g);
    return { c1: c, c2: c, g, flops: pointwiseFlops(hw, c, c, g), mac: pointwiseMac(hw, c, c, g) };
  });
}

/** The lower bound MAC ≥ 2·sqrt(hw·B) + B/hw of guideline 1, for B FLOPs. */
export const macLowerBound = (hw: number, flops: number) => 2 * Math.sqrt(hw * flops) + flops / hw;

/** An element-wise op on n values: no multiply-accumulates, but it reads `inputs`·n and writes n. */
export const elementwiseMac = (n: number, inputs: number) => (inputs + 1) * n;

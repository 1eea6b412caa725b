/**
 * Which values share one mean and variance in each normalisation of an N×C×H×W batch:
 * batch norm (per channel, over the batch and every position), layer norm (per sample),
 * instance norm (per sample and channel) and group norm (per sample and group of channels;
 * Wu and He, 2018). Plain arithmetic, no tfjs.
 */
export type NormKind = 'batch' | 'layer' | 'instance' | 'group';

export interface NormShape {
  n: number;
  c: number;
  h: number;
  w: number;
  /** Channel groups for group norm; must divide c. */
  groups: number;
}

export interface NormStatistics {
  kind: NormKind;
  /** How many separate means (and variances) the layer computes. */
  statistics: number;
  /** How many values each mean is taken over. */
  valuesEach: number;
  /** Axes averaged over, in N, C, H, W order. */
  axes: ('N' | 'C' | 'H' | 'W')[];
  /** Channels in one statistic (1, c / groups or c). */
  channelsEach: number;
  /** Samples in one statistic (n for batch norm, 1 otherwise). */
  samplesEach: number;
}

export function normStatistics(kind: NormKind, s: NormShape): NormStatistics | string {
  for (const [k, v] of Object.entries(s)) if (!Number.isInteger(v) || v < 1) return `${k} must be a whole number of at least 1 (got ${v}).`;
  if (kind === 'group' && s.c % s.groups !== 0) return `${s.groups} groups do not divide ${s.c} channels.`;
  const hw = s.h * s.w;
  const channelsEach = kind === 'batch' || kind === 'instance' ? 1 : kind === 'layer' ? s.c : s.c / s.groups;
  const samplesEach = kind === 'batch' ? s.n : 1;
  const axes: NormStatistics['axes'] = kind === 'batch' ? ['N', 'H', 'W'] : kind === 'instance' ? ['H', 'W'] : ['C', 'H', 'W'];
  const valuesEach = samplesEach * channelsEach * hw;
  return { kind, statistics: (s.n * s.c * hw) / valuesEach, valuesEach, axes, channelsEach, samplesEach };
}

/** SqueezeExcite's plain logic: what the test-set survey runs and what it finds. No React, no tfjs. */
import type { AttentionOptions } from '@/lib/compute/attentionInspect';

/** k of the hard top-k variant whose test accuracy the widget (and the lesson) quotes. */
export const SURVEY_K = 4;

/** The variants scored on the test set: SE as trained, SE off, hard top-k. */
export const SURVEY_VARIANTS: AttentionOptions[] = [{}, { channels: 'off' }, { channels: 'hard', hardChannels: SURVEY_K }];

/** The channel whose mean weight differs most between classes, its extremes, and the range of the class-average weights. */
export function heatFinding(mean: number[][]) {
  const c = mean[0].length;
  let best = { channel: 0, spread: -1, hi: 0, lo: 0 };
  for (let k = 0; k < c; k++) {
    const col = mean.map((row) => row[k]);
    const hi = col.indexOf(Math.max(...col));
    const lo = col.indexOf(Math.min(...col));
    if (col[hi] - col[lo] > best.spread) best = { channel: k, spread: col[hi] - col[lo], hi, lo };
  }
  const avg = Array.from({ length: c }, (_, k) => mean.reduce((s, row) => s + row[k], 0) / mean.length);
  return { ...best, hiValue: mean[best.hi][best.channel], loValue: mean[best.lo][best.channel], avgMin: Math.min(...avg), avgMax: Math.max(...avg) };
}

/** Number of overridden channels. */
export const overrideCount = (o: (number | null)[]) => o.filter((w) => w !== null).length;

/** Whether channel k's number is written under a column: all when the columns are wide enough, else every `every`-th and the selected one (its near neighbours left out, so numbers never overlap). */
export function channelLabelShown(k: number, selected: number, every: number): boolean {
  if (every <= 1 || k === selected) return true;
  return k % every === 0 && Math.abs(k - selected) >= every / 2;
}

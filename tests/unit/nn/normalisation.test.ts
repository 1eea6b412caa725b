import { describe, expect, it } from 'vitest';
import { normStatistics, type NormStatistics } from '@/lib/nn/normalisation';

const shape = { n: 32, c: 64, h: 56, w: 56, groups: 32 };
const stats = (k: Parameters<typeof normStatistics>[0]) => normStatistics(k, shape) as NormStatistics;

describe('normStatistics', () => {
  it('batch norm: one statistic per channel over N·H·W (the lesson’s 100,352)', () => {
    expect(stats('batch')).toMatchObject({ statistics: 64, valuesEach: 32 * 56 * 56 });
    expect(stats('batch').valuesEach).toBe(100352);
  });
  it('layer, instance and group norm never average over the batch', () => {
    expect(stats('layer')).toMatchObject({ statistics: 32, valuesEach: 64 * 3136, samplesEach: 1 });
    expect(stats('instance')).toMatchObject({ statistics: 32 * 64, valuesEach: 3136 });
    expect(stats('group')).toMatchObject({ statistics: 32 * 32, valuesEach: 2 * 3136, channelsEach: 2 });
  });
  it('every statistic covers the batch exactly once', () => {
    for (const k of ['batch', 'layer', 'instance', 'group'] as const) expect(stats(k).statistics * stats(k).valuesEach).toBe(32 * 64 * 3136);
  });
  it('refuses groups that do not divide the channels, and non-whole sizes', () => {
    expect(normStatistics('group', { ...shape, groups: 5 })).toMatch(/do not divide/);
    expect(normStatistics('batch', { ...shape, n: 0 })).toMatch(/n must be/);
  });
});

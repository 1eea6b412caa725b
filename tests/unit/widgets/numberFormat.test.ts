import { describe, expect, it } from 'vitest';
import { formatBytes, formatCompact, formatCount, formatMegabytes, formatRatio, formatShort, texCount, formatSigned, formatSignedShort, withMinus } from '@/lib/format/numberFormat';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';

describe('number formatting', () => {
  it('thousands separators, and ≈ past 2^53', () => {
    expect(formatCount(105_415_200)).toBe('105,415,200');
    expect(formatCount(2 ** 60)).toMatch(/^≈1,152,921,504,606,84/);
    expect(formatCount(Number.NaN)).toBe('—');
  });
  it('compact form with three significant digits', () => {
    expect(formatCompact(34_944)).toBe('34.9 K');
    expect(formatCompact(44_892_355_200)).toBe('44.9 G');
    expect(formatCompact(105_415_200)).toBe('105 M');
    expect(formatCompact(1_284_694)).toBe('1.28 M');
    expect(formatCompact(999_960)).toBe('1.00 M');
    expect(formatCompact(850)).toBe('850');
  });
  it('ratios and bytes', () => {
    expect(formatRatio(1_284_694.2)).toBe('1,284,694');
    expect(formatRatio(425.86)).toBe('426');
    expect(formatRatio(12.04)).toBe('12');
    expect(formatRatio(2.5)).toBe('2.5');
    expect(formatRatio(1)).toBe('1');
    expect(formatBytes(618_352_000)).toBe('618 MB');
    expect(formatBytes(9_437_184_000)).toBe('9.44 GB');
    expect(formatBytes(7168)).toBe('7.17 KB');
  });
  it('megabytes at float32 and short chart labels', () => {
    expect(formatMegabytes(618_352_000)).toBe('618 MB');
    expect(formatMegabytes(9_437_188_000)).toBe('9,437 MB');
    expect(formatMegabytes(3_140_000)).toBe('3.14 MB');
    expect(formatShort(1_792)).toBe('1,792');
    expect(formatShort(154_588_000)).toBe('155 M');
  });
  it('TeX counts', () => {
    expect(texCount(34_944)).toBe('34{,}944');
  });
});

describe('log-scale ticks', () => {
  it('labels powers of ten', () => {
    expect([0, 1, 2, 3, 4, 6, 9, 10].map(powerLabel)).toEqual(['1', '10', '100', '1 K', '10 K', '1 M', '1 G', '10 G']);
  });
  it('thins decades to at most maxTicks, keeping the top one', () => {
    expect(decadeTicks(0, 11, 4)).toEqual([3, 7, 11]);
    expect(decadeTicks(0, 3, 8)).toEqual([0, 1, 2, 3]);
  });
});

describe('signed values', () => {
  it('use U+2212 and never show a negative zero', () => {
    expect(formatSigned(-0.677, 3)).toBe('\u22120.677');
    expect(formatSigned(1.5)).toBe('1.50');
    expect(formatSigned(-0.0004, 3)).toBe('0.000');
    expect(formatSigned(Number.NaN)).toBe('—');
    expect(formatSignedShort(-0.5)).toBe('\u22120.5');
    expect(formatSignedShort(-0.00001)).toBe('0');
    expect(formatSignedShort(2)).toBe('2');
    expect(withMinus('-7.4e-4')).toBe('\u22127.4e\u22124');
  });
});

/**
 * A number the reader typed that cannot be used (empty, a fraction, out of range), in words: one
 * wording for every widget with number fields. A widget passes its field labels, and may word a
 * case its own way (why a count must be whole, say). No React.
 */
import { formatCount } from '@/lib/format/numberFormat';
import type { Issue } from '@/lib/store/schema';

export interface NumberWords {
  missing: (label: string) => string;
  notWhole: (label: string, got: string) => string;
  /** Below the smallest value allowed (`got` as a number). */
  tooSmall: (label: string, min: number, max: number, got: number) => string;
  /** Above the largest value allowed. */
  tooLarge: (label: string, min: number, max: number, got: number) => string;
}

const between = (label: string, min: number, max: number, got: number) => `${label} must be between ${formatCount(min)} and ${formatCount(max)} (got ${String(got)}).`;

/** The range as an interval: “Width must be between 1 and 64 (got 80).” */
export const NUMBER_WORDS: NumberWords = {
  missing: (label) => `${label} is empty or not a number.`,
  notWhole: (label, got) => `${label} must be a whole number (got ${got}).`,
  tooSmall: between,
  tooLarge: between,
};

/** The bound that was crossed, for wide ranges (up to 4,096 channels): “… must be at least 1 (got 0).” */
export const BOUND_WORDS: NumberWords = {
  ...NUMBER_WORDS,
  tooSmall: (label, min, _max, got) => `${label} must be at least ${formatCount(min)} (got ${got}).`,
  tooLarge: (label, _min, max, got) => `${label} can be at most ${formatCount(max)} here (got ${formatCount(got)}).`,
};

export function numberMessage(issue: Issue, label: (field: string) => string, words: NumberWords = NUMBER_WORDS): string {
  const name = label(issue.field);
  const min = issue.min ?? 0;
  const max = issue.max ?? 0;
  const v = Number(issue.got);
  if (issue.code === 'not-whole') return words.notWhole(name, issue.got ?? '');
  if (issue.code === 'out-of-range') return v < min ? words.tooSmall(name, min, max, v) : words.tooLarge(name, min, max, v);
  return words.missing(name);
}

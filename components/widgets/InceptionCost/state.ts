/** InceptionCost's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { bool, defineSchema, int, type Issue, type StateOf } from '@/lib/store/schema';

/** The CS231n example module (Stanford CS231n, lecture 9): 28×28×256 in. */
export const CS231N = { h: 28, w: 28, cin: 256, c1: 128, c3r: 64, c3: 192, c5r: 64, c5: 96, proj: 64 } as const;
/** GoogLeNet's inception3a as the paper gives it (Table 1): 28×28×192 in. */
export const INCEPTION_3A = { h: 28, w: 28, cin: 192, c1: 64, c3r: 96, c3: 128, c5r: 16, c5: 32, proj: 32 } as const;

const channels = (fallback: number) => int(1, 8192, fallback);

export const schema = defineSchema({
  h: int(1, 1024, CS231N.h),
  w: int(1, 1024, CS231N.w),
  cin: channels(CS231N.cin),
  c1: channels(CS231N.c1),
  c3r: channels(CS231N.c3r),
  c3: channels(CS231N.c3),
  c5r: channels(CS231N.c5r),
  c5: channels(CS231N.c5),
  proj: channels(CS231N.proj),
  reduce: bool(false),
  /** The kernel side in the factorisation panel. */
  n: int(1, 31, 5),
});

export type InceptionCostState = StateOf<typeof schema.fields>;
export type ModuleField = 'h' | 'w' | 'cin' | 'c1' | 'c3r' | 'c3' | 'c5r' | 'c5' | 'proj';
export type NumericField = ModuleField | 'n';
export const DEFAULT_STATE = schema.defaults;

/** What is wrong with a number the reader typed, as an issue code; null when it can be used. */
export function fieldIssue(field: NumericField, v: number): Issue | null {
  const r = schema.fields[field].read(v, false);
  return r.ok ? null : { field, ...r.issue };
}

/** The fields the module uses in each mode, in reading order. */
export const moduleFields = (reduce: boolean): ModuleField[] =>
  reduce ? ['h', 'w', 'cin', 'c1', 'c3r', 'c3', 'c5r', 'c5', 'proj'] : ['h', 'w', 'cin', 'c1', 'c3', 'c5'];

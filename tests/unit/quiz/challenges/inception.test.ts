import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

/** InceptionCost's default state: the CS231n module, naive. */
const module = (over: Record<string, unknown>) => ({ h: 28, w: 28, cin: 256, c1: 128, c3r: 64, c3: 192, c5r: 64, c5: 96, proj: 64, reduce: false, n: 5, ...over });

describe('inception challenges', () => {
  const grader = challenges['inception-reduce-cost'];
  const params = { h: 28, w: 28, cin: 256, c1: 128, c3: 192, c5: 96, maxMacs: 200_000_000, minReduce: 32 };

  it('accepts narrower reductions: 48 and 32 give 179.8 M, 32 and 32 give 154.9 M', () => {
    expect(grader.grade(module({ reduce: true, c3r: 48, c5r: 32 }), params)).toEqual({ ok: true, correct: true, feedback: expect.stringContaining('179.8 M') });
    expect(grader.grade(module({ reduce: true, c3r: 32, c5r: 32 }), params)).toMatchObject({ correct: true, feedback: expect.stringContaining('154.9 M') });
  });

  it('refuses the naive module (854.2 M) and the default reductions (271.4 M)', () => {
    expect(grader.grade(module({}), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('854.2 M') });
    expect(grader.grade(module({ reduce: true }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('271.4 M multiply-accumulates, above the 200.0 M budget') });
  });

  it('refuses shrinking the outputs or squeezing a reduction below 32 channels', () => {
    expect(grader.grade(module({ reduce: true, c5: 32 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('5×5 outputs at 96') });
    expect(grader.grade(module({ reduce: true, c3r: 8, c5r: 8 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('keep at least 32') });
  });

  it('gives ok: false for an unreadable state', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(module({ reduce: 'yes' }), params)).toMatchObject({ ok: false });
  });
});

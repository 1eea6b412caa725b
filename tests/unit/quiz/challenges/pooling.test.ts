import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const pooler = (over: Record<string, unknown>) => ({ input: 'digit', mode: 'max', kernel: 2, stride: 1, padding: 0, countIncludePad: true, phase: 'train', seed: 1, direction: 'forward', upstream: 'ones', step: 0, speed: 1, ...over });

describe('pooling challenges', () => {
  const grader = challenges['pool-overlap-size'];
  const params = { input: 'digit', target: 6 };

  it('accepts a 3 × 3 window, stride 2, padding 1 on the 12 × 12 digit: ⌊11/2⌋ + 1 = 6, overlapping by one', () => {
    expect(grader.grade(pooler({ kernel: 3, stride: 2, padding: 1 }), params)).toEqual({ ok: true, correct: true, feedback: expect.stringContaining('gives 6 × 6, and neighbouring windows share 1 row') });
  });

  it('refuses 2 × 2 windows with stride 2: the right size, but no overlap', () => {
    expect(grader.grade(pooler({ kernel: 2, stride: 2 }), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('windows that overlap') });
  });

  it('refuses the start (11 × 11) and 3 × 3 windows with stride 2 and no padding (5 × 5)', () => {
    expect(grader.grade(pooler({}), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('it needs to shrink more') });
    expect(grader.grade(pooler({ kernel: 3, stride: 2 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('it shrank too much') });
  });

  it('refuses another input, an impossible padding, and gives ok: false for an unreadable state', () => {
    expect(grader.grade(pooler({ input: 'grid', kernel: 3, stride: 2, padding: 1 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('Keep the 12 × 12') });
    expect(grader.grade(pooler({ kernel: 2, stride: 1, padding: 2 }), params)).toMatchObject({ ok: true, correct: false });
    expect(grader.grade({ input: 'digit' }, params)).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const layer = (over: Record<string, unknown>) => ({ df: 14, m: 512, n: 512, dk: 3, t: 6, ...over });

describe('lightweight-networks challenges', () => {
  const grader = challenges['separable-speedup'];
  const params = { speedup: 20, maxKernel: 7 };

  it('accepts 5 × 5 kernels with 512 output channels (1/512 + 1/25: about 24 times fewer)', () => {
    expect(grader.grade(layer({ dk: 5 }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('23.84 times fewer') });
  });

  it('refuses 3 × 3 kernels however many output channels, and says the kernel has to grow', () => {
    expect(grader.grade(layer({ n: 4096 }), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('the kernel side has to grow') });
    expect(grader.grade(layer({}), params)).toMatchObject({ correct: false });
  });

  it('refuses 7 × 7 with too few output channels, accepts it with 35, and refuses a kernel above the limit', () => {
    expect(grader.grade(layer({ dk: 7, n: 30 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('More output channels') });
    expect(grader.grade(layer({ dk: 7, n: 35 }), params)).toMatchObject({ correct: true });
    expect(grader.grade(layer({ dk: 9 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('larger than the 7 × 7') });
  });

  it('says when the state is unreadable', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(layer({ dk: 'three' }), params)).toMatchObject({ ok: false });
    expect(grader.grade(null, params)).toMatchObject({ ok: false });
  });
});

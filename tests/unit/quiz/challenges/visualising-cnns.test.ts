import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const occlusion = (over: Record<string, unknown>) => ({ image: 0, size: 6, stride: 2, ...over });

describe('visualising-cnns challenges', () => {
  const grader = challenges['occlusion-grid'];
  const params = { positions: 8 };

  it('accepts a 6-pixel square with stride 3: ⌊22/3⌋ + 1 = 8 positions, overlapping by 3', () => {
    expect(grader.grade(occlusion({ size: 6, stride: 3 }), params)).toEqual({ ok: true, correct: true, feedback: expect.stringContaining('= 8 times per side, and neighbouring squares share 3 pixels') });
  });

  it('refuses the start (12 positions) and a 4-pixel square with stride 4 (7 positions, no overlap)', () => {
    expect(grader.grade(occlusion({}), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('now 12: take a larger stride or square') });
    const touching = grader.grade(occlusion({ size: 4, stride: 4 }), params);
    expect(touching).toMatchObject({ correct: false, feedback: expect.stringContaining('squares that overlap') });
  });

  it('refuses the right count without overlap: 3-pixel squares with stride 3 stop 9 times; 7 with stride 3 is right', () => {
    expect(grader.grade(occlusion({ size: 3, stride: 3 }), params)).toMatchObject({ correct: false });
    expect(grader.grade(occlusion({ size: 7, stride: 3 }), params)).toMatchObject({ correct: true });
  });

  it('gives ok: false for an unreadable state and checks its params', () => {
    expect(grader.grade({ image: 0 }, params)).toMatchObject({ ok: false });
    expect(grader.validate?.({ positions: 1 })).toMatch(/from 2 to 28/);
    expect(grader.validate?.(params)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const stepper = (over: Record<string, unknown>) => ({ mode: 'gray', input: 'digit', kernel: 'sobel-x', stride: 1, padding: 0, dilation: 1, ...over });

describe('convolution challenges', () => {
  const grader = challenges['conv-output-size'];
  const params = { input: 'digit', target: 6 };

  it('accepts stride 2, padding 1 on the 12 × 12 digit (⌊11/2⌋ + 1 = 6)', () => {
    expect(grader.grade(stepper({ stride: 2, padding: 1 }), params)).toMatchObject({ ok: true, correct: true });
  });

  it('refuses stride 2 without padding (5 × 5) and says it shrank too much', () => {
    expect(grader.grade(stepper({ stride: 2, padding: 0 }), params)).toEqual({
      ok: true,
      correct: false,
      feedback: expect.stringContaining('the output is 5 × 5, not 6 × 6. It shrank too much'),
    });
  });

  it('refuses the right numbers on another input, and a state without settings', () => {
    expect(grader.grade(stepper({ input: 'edge', stride: 2, padding: 1 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('Keep the 12 × 12') });
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
  });

  it('counts dilation: stride 2, padding 2, dilation 2 also gives 6', () => {
    expect(grader.grade(stepper({ stride: 2, padding: 2, dilation: 2 }), params)).toMatchObject({ correct: true });
  });
});

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

describe('the vertical-edge kernel challenge', () => {
  const grader = challenges['vertical-edge-kernel'];
  const custom = (cells: (string | number)[]) => stepper({ input: 'edge', padding: 1, kernel: 'custom', customSize: Math.round(Math.sqrt(cells.length)), custom: cells.map(String) });
  const sobelY = ['1', '2', '1', '0', '0', '0', '-1', '-2', '-1'];

  it('accepts a typed Sobel-x kernel, with a typographic minus, and a 3 × 3 left-minus-right kernel', () => {
    expect(grader.grade(custom(['1', '0', '\u22121', '2', '0', '-2', '1', '0', '-1']), {})).toEqual({ ok: true, correct: true, feedback: expect.stringContaining('column sums (4, 0, −4)') });
    expect(grader.grade(custom(['-1/3', '0', '1/3', '-1/3', '0', '1/3', '-1/3', '0', '1/3']), {})).toMatchObject({ correct: true });
  });

  it('refuses the starting horizontal-edge kernel (Sobel-y) and a blur, saying which sums are wrong', () => {
    expect(grader.grade(custom(sobelY), {})).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('row 1 sums to 4, row 3 sums to −4') });
    expect(grader.grade(custom(sobelY), {})).toMatchObject({ feedback: expect.stringContaining('every column sums to 0') });
    expect(grader.grade(custom(Array(9).fill('1/9')), {})).toMatchObject({ correct: false, feedback: expect.stringContaining('row 1 sums to 0.3333') });
  });

  it('refuses a preset kernel and a half-typed cell, and gives ok: false for unreadable cells', () => {
    expect(grader.grade(stepper({ kernel: 'sobel-x' }), {})).toMatchObject({ correct: false, feedback: expect.stringContaining('Custom') });
    expect(grader.grade(custom(['1', '0', '-', '2', '0', '-2', '1', '0', '-1']), {})).toMatchObject({ correct: false, feedback: expect.stringContaining('Row 1, column 3') });
    expect(grader.grade(stepper({ kernel: 'custom', custom: ['1', '2'] }), {})).toMatchObject({ ok: false });
    expect(grader.grade({}, {})).toMatchObject({ ok: false });
  });
});

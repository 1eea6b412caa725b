import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const xavier16 = -0.5 * Math.log10(16 * 16 * 3);
const widget = (over: Record<string, unknown>) => ({ mode: 'raw', k: 5, logW: -2, ...over });

describe('preprocessing challenges', () => {
  const grader = challenges['sigmoid-unsaturated'];
  const params = { k: 16, maxSaturated: 0.01 };

  it('accepts normalised or /255 inputs on 16 × 16 patches at σw = 1/√D (the button) and at the slider step below it', () => {
    for (const mode of ['normalised', 'unit']) {
      expect(grader.grade(widget({ mode, k: 16, logW: xavier16 }), params), mode).toMatchObject({ ok: true, correct: true });
    }
    expect(grader.grade(widget({ mode: 'normalised', k: 16, logW: -1.45 }), params)).toMatchObject({ correct: true });
    expect(grader.grade(widget({ mode: 'unit', k: 16, logW: -1 }), params)).toMatchObject({ correct: true });
  });

  it('refuses raw and mean-subtracted pixels at that scale, and says why', () => {
    expect(grader.grade(widget({ mode: 'raw', k: 16, logW: xavier16 }), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('Raw pixels are in the hundreds') });
    expect(grader.grade(widget({ mode: 'centred', k: 16, logW: xavier16 }), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('Subtracting the mean leaves') });
  });

  it('refuses normalised inputs with weights far too large, the starting state, and tiny weights', () => {
    expect(grader.grade(widget({ mode: 'normalised', k: 16, logW: -0.5 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('too large') });
    expect(grader.grade(widget({}), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('Use 16 × 16 patches') });
    expect(grader.grade(widget({ mode: 'raw', k: 16, logW: -4 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('below 1/√D') });
  });

  it('gives ok: false for a state without settings or with an unknown mode', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(widget({ k: 16, mode: 'sepia' }), params)).toMatchObject({ ok: false });
    expect(grader.validate?.({ k: 7, maxSaturated: 0.01 })).toMatch(/k must be/);
  });
});

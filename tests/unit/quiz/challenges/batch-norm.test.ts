import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';
import { DEFAULT_STATE } from '@/components/widgets/BatchNormExplorer/state';

const explorer = (over: Record<string, unknown>) => ({ ...DEFAULT_STATE, ...over });

describe('batch-norm challenges', () => {
  const grader = challenges['bn-output-target'];
  const params = { channel: 0, mean: 2, sd: 0.5, tolerance: 0.02 };

  it('accepts γ = 0.5, β = 2 on channel 1, and γ = −0.5 too (the spread is |γ|)', () => {
    expect(grader.grade(explorer({ gamma: [0.5, 1], beta: [2, 0] }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('mean 2.00 and standard deviation 0.50') });
    expect(grader.grade(explorer({ gamma: [-0.5, 1], beta: [2, 0] }), params)).toMatchObject({ correct: true });
  });

  it('holds whatever the input: another mean, spread, shape and batch', () => {
    expect(grader.grade(explorer({ gamma: [0.5, 1], beta: [2, 0], mean: [-4, 0], spread: [4.5, 1], shape: 'skewed', batchSize: 32, steps: 7 }), params)).toMatchObject({ correct: true });
  });

  it('refuses the defaults, γ right but β not, and channel 2 set instead of channel 1', () => {
    expect(grader.grade(explorer({}), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('the mean should be 2.00') });
    expect(grader.grade(explorer({ gamma: [0.5, 1] }), params)).toMatchObject({ correct: false, feedback: expect.not.stringContaining('standard deviation should') });
    expect(grader.grade(explorer({ gamma: [1, 0.5], beta: [0, 2] }), params)).toMatchObject({ correct: false });
  });

  it('refuses inference mode and a state that cannot be read', () => {
    expect(grader.grade(explorer({ gamma: [0.5, 1], beta: [2, 0], mode: 'eval' }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('inference mode') });
    expect(grader.grade({ layer: 'conv' }, params)).toMatchObject({ ok: false });
    expect(grader.grade(explorer({ gamma: 'a lot' }), params)).toMatchObject({ ok: false });
  });
});

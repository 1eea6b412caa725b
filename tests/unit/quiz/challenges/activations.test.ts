import { beforeAll, describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';
import { activationSlope } from '@/lib/quiz/challenges/activations';
import { MAXOUT_PRESETS, MAXOUT_PRESET_NAMES } from '@/lib/activations/maxout';
import { ready, sampleActivation } from '@/lib/compute';
import type { CurveName } from '@/lib/activations/saturation';

const explorer = (over: Record<string, unknown>) => ({ fn: 'sigmoid', x: 1.5, negativeSlope: 0.01, alpha: 1, maxout: 'abs', ...over });

describe('activations challenges', () => {
  const grader = challenges['activation-negative-gradient'];
  const params = { x: -3, minSlope: 0.1 };

  it('accepts leaky ReLU with slope 0.1 at x = −3', () => {
    expect(grader.grade(explorer({ fn: 'leaky_relu', x: -3, negativeSlope: 0.1 }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('Leaky ReLU at x = −3.000 has slope 0.100') });
  });

  it('refuses ReLU (dead: no gradient), the default leaky slope 0.01, and ELU even at its largest α', () => {
    expect(grader.grade(explorer({ fn: 'relu', x: -3 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('no gradient passes at all') });
    expect(grader.grade(explorer({ fn: 'leaky_relu', x: -3, negativeSlope: 0.01 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('only 0.010') });
    expect(grader.grade(explorer({ fn: 'elu', x: -3, alpha: 2 }), params)).toMatchObject({ correct: false });
    expect(grader.grade(explorer({ fn: 'sigmoid', x: -3 }), params)).toMatchObject({ correct: false });
  });

  it('asks for the point at x = −3 first, and refuses a state without settings', () => {
    expect(grader.grade(explorer({ fn: 'leaky_relu', x: 1.5, negativeSlope: 0.3 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('move it to x = −3.000') });
    expect(grader.grade({ fn: 'relu' }, params)).toMatchObject({ ok: false });
    expect(grader.grade(explorer({ fn: 'gelu', x: -3 }), params)).toMatchObject({ ok: false });
  });

  it('counts a Maxout with a falling piece: |x| passes the whole gradient back (with its sign flipped)', () => {
    expect(grader.grade(explorer({ fn: 'maxout', maxout: 'abs', x: -3 }), params)).toMatchObject({ correct: true });
    expect(grader.grade(explorer({ fn: 'maxout', maxout: 'relu', x: -3 }), params)).toMatchObject({ correct: false });
  });

  describe('the closed-form slopes match the compute layer the widget uses', () => {
    beforeAll(() => ready());
    const xs = [-3, -1.2, -0.3, 0.4, 2.5];
    it.each(['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus', 'softsign'] as CurveName[])('%s', (fn) => {
      const p = { negativeSlope: 0.2, alpha: 1.5, maxout: 'abs' };
      const ref = sampleActivation(fn, xs, { negativeSlope: 0.2, alpha: 1.5, pieces: MAXOUT_PRESETS.abs }).slopes;
      xs.forEach((x, i) => expect(activationSlope(fn, x, p)).toBeCloseTo(ref[i], 5));
    });
    it.each(MAXOUT_PRESET_NAMES)('maxout %s', (preset) => {
      const ref = sampleActivation('maxout', xs, { negativeSlope: 0.01, alpha: 1, pieces: MAXOUT_PRESETS[preset] }).slopes;
      xs.forEach((x, i) => expect(activationSlope('maxout', x, { negativeSlope: 0.01, alpha: 1, maxout: preset })).toBeCloseTo(ref[i], 5));
    });
  });
});

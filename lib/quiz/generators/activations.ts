/** Parameterised questions of the activations lesson. */
import { activationSlope } from '../challenges/activations';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

const round3 = (v: number) => Math.round(v * 1000) / 1000;
const slopeOf = (fn: 'sigmoid' | 'tanh', x: number) => activationSlope(fn, x, { negativeSlope: 0, alpha: 1, maxout: '' }) as number;

export const generators: Record<string, QuestionGenerator> = {
  /** f′(x) of sigmoid or tanh at a drawn x: the factor a unit multiplies the gradient by. */
  'activation-slope-at': {
    generate(next) {
      const fn = pickOne(next, ['sigmoid', 'tanh'] as const);
      const x = pickOne(next, [-3, -2.5, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 2.5, 3]);
      const answer = round3(slopeOf(fn, x));
      const value = fn === 'sigmoid' ? 1 / (1 + Math.exp(-x)) : Math.tanh(x);
      const candidates =
        fn === 'sigmoid'
          ? [
              { value: round3(value), feedback: 'That is σ(x), the output. The gradient is multiplied by the slope σ(x)(1 − σ(x)).' },
              { value: 0.25, feedback: '0.25 is the largest slope sigmoid ever has, at x = 0 only. Away from 0 it is smaller.' },
              { value: round3(1 - value), feedback: 'That is 1 − σ(x) alone; the slope is σ(x)(1 − σ(x)), the product of both.' },
            ]
          : [
              { value: round3(value), feedback: 'That is tanh(x), the output. The gradient is multiplied by the slope 1 − tanh²(x).' },
              { value: 1, feedback: '1 is the largest slope tanh ever has, at x = 0 only. Away from 0 it is smaller.' },
              { value: round3(1 - Math.abs(value)), feedback: 'The slope is 1 − tanh²(x): square tanh(x) before subtracting it from 1.' },
            ];
      const mistakes = candidates.filter((m, i) => Math.abs(m.value - answer) > 0.005 && candidates.findIndex((c) => c.value === m.value) === i);
      const solution =
        fn === 'sigmoid'
          ? `σ(${x}) = ${round3(value)}, so σ′(${x}) = σ(${x})(1 − σ(${x})) = ${round3(value)} · ${round3(1 - value)} ≈ ${answer}.`
          : `tanh(${x}) = ${round3(value)}, so the slope is 1 − tanh²(${x}) = 1 − ${round3(value * value)} ≈ ${answer}.`;
      return { params: { fn, x }, answer, tolerance: 0.002, mistakes, solution };
    },
  },
};

/** Parameterised questions of the preprocessing lesson. */
import { whiteningScale } from '@/lib/preprocessing/pipeline2d';
import { within } from '../grade';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

const REL = 0.01;
const round = (v: number) => Number(v.toPrecision(4));

export const generators: Record<string, QuestionGenerator> = {
  /** Whitening with a floor ε: the factor 1/√(λ + ε) along an eigenvector of eigenvalue λ. */
  'whitening-scale': {
    generate(next) {
      const lambda = pickOne(next, [0.0004, 0.0025, 0.01, 0.04, 0.09, 0.25]);
      const epsilon = pickOne(next, [0.0001, 0.0005, 0.001, 0.01]);
      const answer = round(whiteningScale(lambda, epsilon));
      const candidates = [
        { value: round(whiteningScale(lambda, 0)), feedback: 'That is 1/√λ: ε is added to the eigenvalue before the square root, and it makes the factor smaller.' },
        { value: round(1 / (lambda + epsilon)), feedback: 'You left out the square root: whitening divides by the standard deviation √(λ + ε), not by the variance.' },
        { value: round(Math.sqrt(lambda + epsilon)), feedback: 'That is √(λ + ε) itself; whitening divides by it, so the factor is its inverse.' },
      ];
      const mistakes = candidates.filter(
        (m, i) => !within(m.value, answer, 0, REL * 10) && candidates.findIndex((c) => within(c.value, m.value, 0, REL * 10)) === i,
      );
      return {
        params: { lambda: String(lambda), epsilon: String(epsilon) },
        answer,
        relTolerance: REL,
        mistakes,
        solution: `1/√(λ + ε) = 1/√(${lambda} + ${epsilon}) = 1/√${round(lambda + epsilon)} ≈ ${answer}.`,
      };
    },
  },
};

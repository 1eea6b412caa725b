/** Parameterised questions of the attention lesson. */
import { seParams } from '@/lib/attention/seCost';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {
  /** Parameters (weights and biases) of one SE block on C channels with reduction ratio r. */
  'se-block-params': {
    generate(next) {
      const c = pickOne(next, [64, 128, 256, 384, 512, 1024, 2048]);
      const r = pickOne(next, [4, 8, 16, 32]);
      const hidden = c / r;
      const answer = seParams(c, r);
      const weights = seParams(c, r, false);
      const candidates = [
        { value: weights, feedback: 'Those are the weights only: add a bias for each of the C/r hidden units and each of the C outputs.' },
        { value: weights / 2 + hidden + c, feedback: 'There are two fully connected layers, C → C/r and C/r → C, each with C²/r weights.' },
        { value: 2 * c * c + hidden + c, feedback: 'The bottleneck has C/r units, so each layer has C · C/r weights, not C².' },
        { value: 2 * c * hidden + 2 * c, feedback: 'The first layer has C/r biases (one per hidden unit), not C.' },
      ];
      const mistakes = candidates.filter((x, i) => x.value !== answer && candidates.findIndex((y) => y.value === x.value) === i);
      return {
        params: { c, r },
        answer,
        mistakes,
        solution: `The hidden layer has ${c}/${r} = ${hidden} units. Weights: 2 · ${c} · ${hidden} = ${weights}. Biases: ${hidden} + ${c} = ${hidden + c}. Total ${answer}.`,
      };
    },
  },
};

/** Parameterised questions of the what-is-a-cnn lesson. */
import { fcParams } from '@/lib/nn/convArithmetic';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {
  /** Weights of a fully connected layer on a whole image: every pixel value to every neuron. */
  'fc-layer-weights': {
    generate(next) {
      const side = pickOne(next, [16, 24, 28, 32, 48, 64]);
      const channels = pickOne(next, [1, 3]);
      const neurons = pickOne(next, [10, 50, 100, 200, 500]);
      const inputs = side * side * channels;
      const answer = fcParams(inputs, neurons, false);
      const candidates = [
        { value: fcParams(inputs, neurons, true), feedback: 'That counts the biases too; the question asks for the weights only.' },
        { value: inputs, feedback: 'That is one neuron’s weights; every one of the neurons has its own.' },
        { value: fcParams(side * side, neurons, false), feedback: `You left out the channels: each pixel brings ${channels} values.` },
        { value: side * channels * neurons, feedback: 'The image has side × side pixels, not side pixels.' },
      ];
      const mistakes = candidates.filter((m, i) => m.value !== answer && candidates.findIndex((c) => c.value === m.value) === i);
      return {
        params: { side, channels, neurons },
        answer,
        mistakes,
        solution: `Each neuron has one weight per input value: ${side} × ${side} × ${channels} = ${inputs}. With ${neurons} neurons: ${inputs} × ${neurons} = ${answer} weights.`,
      };
    },
  },
};

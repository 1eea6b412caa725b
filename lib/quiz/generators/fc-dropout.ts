/** Parameterised questions of the fc-dropout lesson. */
import { fcParams } from '@/lib/nn/convArithmetic';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {
  /** A fully connected layer on a flattened h × w × c map, to `out` units: weights and biases. */
  'fc-flatten-params': {
    generate(next) {
      const h = pickOne(next, [3, 4, 5, 6, 7]);
      const c = pickOne(next, [16, 32, 64, 128, 256]);
      const out = pickOne(next, [10, 64, 100, 128, 256]);
      const n = h * h * c;
      const answer = fcParams(n, out);
      const candidates = [
        { value: fcParams(n, out, false), feedback: 'You counted the weights only: each of the output units also has a bias.' },
        { value: fcParams(h * h, out), feedback: 'The flattened input has h · w · c values: every channel of every position gets its own weight.' },
        { value: fcParams(c, out), feedback: 'That is the count after global average pooling (c values). Flattening keeps all h · w · c values.' },
        { value: n + out, feedback: 'Every input connects to every output: multiply h · w · c by the number of outputs, then add the biases.' },
      ];
      const mistakes = candidates.filter((m, i) => m.value !== answer && candidates.findIndex((x) => x.value === m.value) === i);
      return {
        params: { h, c, out },
        answer,
        mistakes,
        solution: `${h} · ${h} · ${c} = ${n} inputs, so ${n} × ${out} weights and ${out} biases: ${answer.toLocaleString('en-US')}.`,
      };
    },
  },
};

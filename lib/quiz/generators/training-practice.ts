/** Parameterised questions of the training-practice lesson. */
import { convOutputSize } from '@/lib/nn/convArithmetic';
import { pickInt, pickOne } from '../seed';
import type { QuestionGenerator } from './types';

/** Positions a c × c window takes in an n × n image, one pixel apart: a stride-1 "convolution" with no padding. */
function positions(n: number, c: number): number {
  const out = convOutputSize({ n, f: c, p: 0, s: 1 });
  if (!out.ok) throw new Error(out.error);
  return out.size;
}

export const generators: Record<string, QuestionGenerator> = {
  /** Different training images from random c × c crops of an n × n image, each mirrored or not. */
  'crop-versions': {
    generate(next) {
      const n = pickOne(next, [28, 32, 40, 48, 64, 96, 128, 256]);
      const c = n - pickInt(next, 2, Math.min(40, n / 2));
      const k = positions(n, c);
      const answer = k * k * 2;
      const candidates = [
        { value: k * k, feedback: 'Each crop can also be mirrored left–right: twice as many versions.' },
        { value: (n - c) * (n - c) * 2, feedback: `You forgot the +1: a window fits at n − c + 1 = ${k} positions along each axis, both ends included.` },
        { value: k * 2 * 2, feedback: 'The window moves along both axes independently: multiply the positions, do not add them.' },
        { value: k * k * 4, feedback: 'Only the left–right mirror is used (an upside-down photo never occurs), so each crop gives 2 versions, not 4.' },
      ];
      const mistakes = candidates.filter((x, i) => x.value !== answer && candidates.findIndex((y) => y.value === x.value) === i);
      return {
        params: { n, c },
        answer,
        mistakes,
        solution: `A ${c} × ${c} window fits at ${n} − ${c} + 1 = ${k} positions along each axis: ${k} × ${k} = ${k * k} crops, each mirrored or not: ${answer}.`,
      };
    },
  },
};

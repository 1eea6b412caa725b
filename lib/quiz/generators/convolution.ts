/** Parameterised questions of the convolution lesson. */
import { convOutputSize } from '@/lib/nn/convArithmetic';
import { pickInt, pickOne } from '../seed';
import type { QuestionGenerator } from './types';

const side = (n: number, f: number, p: number, s: number) => {
  const out = convOutputSize({ n, f, p, s });
  if (!out.ok) throw new Error(out.error);
  return out.size;
};

export const generators: Record<string, QuestionGenerator> = {
  /** Output side of a convolution: n, f, p, s drawn so the answer is a whole, valid size. */
  'conv-output-side': {
    generate(next) {
      const f = pickOne(next, [3, 5, 7]);
      const s = pickOne(next, [1, 2, 2, 3]);
      const p = pickInt(next, 0, (f - 1) / 2);
      const n = pickInt(next, 20, 64);
      const answer = side(n, f, p, s);
      const candidates = [
        { value: Math.floor((n + 2 * p - f) / s), feedback: 'You forgot the +1: the first window position counts too.' },
        { value: side(n, f, 0, s), feedback: 'You left out the padding: it adds p pixels on both sides, 2p in all.' },
        { value: Math.floor((n + p - f) / s) + 1, feedback: 'Padding goes on both sides, so the input grows by 2p, not p.' },
        { value: n - f + 1, feedback: 'That is the stride-1 answer without padding; divide by the stride.' },
      ];
      const mistakes = candidates.filter((m, i) => m.value !== answer && candidates.findIndex((c) => c.value === m.value) === i);
      return {
        params: { n, f, p, s },
        answer,
        mistakes,
        solution: `⌊(${n} + 2·${p} − ${f}) / ${s}⌋ + 1 = ⌊${n + 2 * p - f} / ${s}⌋ + 1 = ${answer}.`,
      };
    },
  },
};

/** Parameterised questions of the pooling lesson. */
import { poolOutputSize } from '@/lib/nn/poolArithmetic';
import { pickInt, pickOne } from '../seed';
import type { QuestionGenerator } from './types';

const side = (n: number, f: number, p: number, s: number, ceilMode = false) => {
  const out = poolOutputSize({ n, f, p, s, ceilMode });
  if (!out.ok) throw new Error(out.error);
  return out.size;
};

export const generators: Record<string, QuestionGenerator> = {
  /** Output side of a pooling layer (floor mode, as PyTorch's default): window, stride, padding drawn. */
  'pool-output-side': {
    generate(next) {
      const [f, s] = pickOne(next, [[2, 2], [3, 2], [3, 3], [2, 1]] as const);
      const p = pickInt(next, 0, Math.floor(f / 2));
      const n = pickInt(next, 9, 60);
      const channels = pickOne(next, [16, 32, 64, 96, 128]);
      const answer = side(n, f, p, s);
      const candidates = [
        { value: Math.floor((n + 2 * p - f) / s), feedback: 'You forgot the +1: the first window position counts too.' },
        { value: side(n, f, 0, s), feedback: 'You left out the padding: it adds p cells on both sides, 2p in all.' },
        { value: side(n, f, p, s, true), feedback: 'That rounds up (ceil mode). PyTorch rounds down by default, dropping a last, partial window.' },
        { value: Math.floor(n / s), feedback: 'Dividing by the stride is only right for windows that tile the map exactly; use ⌊(n + 2p − f)/s⌋ + 1.' },
        { value: channels, feedback: 'That is the number of channels, which pooling leaves alone; the question asks for the side.' },
      ];
      const mistakes = candidates.filter((m, i) => m.value !== answer && candidates.findIndex((c) => c.value === m.value) === i);
      return {
        params: { n, f, p, s, channels },
        answer,
        mistakes,
        solution: `⌊(${n} + 2·${p} − ${f}) / ${s}⌋ + 1 = ⌊${n + 2 * p - f} / ${s}⌋ + 1 = ${answer}: the output is ${answer} × ${answer} × ${channels}.`,
      };
    },
  },
};

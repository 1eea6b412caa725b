/** Parameterised questions of the classic-networks lesson. */
import { convParams } from '@/lib/nn/convArithmetic';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

const fmt = (n: number) => n.toLocaleString('en-US');

export const generators: Record<string, QuestionGenerator> = {
  /** Parameters of one convolution with biases: (k·k·C_in + 1)·C_out. */
  'classic-conv-params': {
    generate(next) {
      const k = pickOne(next, [3, 5, 7, 11]);
      const cin = pickOne(next, [3, 48, 64, 96, 128, 256]);
      const cout = pickOne(next, [64, 96, 128, 192, 256, 384]);
      const layer = { inH: 224, inW: 224, cin, cout, kh: k, kw: k, stride: 1, padding: 0 };
      const answer = convParams(layer);
      const candidates = [
        { value: convParams({ ...layer, bias: false }), feedback: 'You left out the biases: each kernel has one, so add C_out.' },
        { value: (k * cin + 1) * cout, feedback: 'A kernel is k × k × C_in: the kernel side counts twice (k²), not once.' },
        { value: (k * k + 1) * cout, feedback: 'Each kernel spans all C_in input channels, so it has k · k · C_in weights, not k · k.' },
      ];
      const mistakes = candidates.filter((m, i) => m.value !== answer && candidates.findIndex((c) => c.value === m.value) === i);
      return {
        params: { k, cin, cout },
        answer,
        mistakes,
        solution: `(${k} · ${k} · ${cin} + 1) · ${cout} = ${fmt(k * k * cin + 1)} · ${cout} = ${fmt(answer)}.`,
      };
    },
  },
};

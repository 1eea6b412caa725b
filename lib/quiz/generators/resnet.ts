/** Parameterised questions of the resnet lesson. */
import { convParams, type ConvLayer } from '@/lib/nn/convArithmetic';
import { pickInt } from '../seed';
import type { QuestionGenerator } from './types';

const fmt = (n: number) => n.toLocaleString('en-US');

export const generators: Record<string, QuestionGenerator> = {
  /** Convolution weights of a bottleneck block (no biases): 1×1 from 4m to m, 3×3 from m to m, 1×1 from m to 4m. */
  'bottleneck-weights': {
    generate(next) {
      const m = 16 * pickInt(next, 2, 32);
      const wide = 4 * m;
      const conv = (k: number, cin: number, cout: number): ConvLayer => ({ inH: 14, inW: 14, cin, cout, kh: k, kw: k, stride: 1, padding: (k - 1) / 2, bias: false });
      const parts = [convParams(conv(1, wide, m)), convParams(conv(3, m, m)), convParams(conv(1, m, wide))];
      const answer = parts[0] + parts[1] + parts[2];
      const candidates = [
        { value: parts[0] + m * m + parts[2], feedback: 'The 3×3 convolution has 3 · 3 = 9 weights per input and output channel pair, not 1.' },
        { value: parts[0] + parts[1], feedback: 'You counted only one 1×1 convolution: the block reduces to m channels and then expands back to 4m.' },
        { value: parts[0] + convParams(conv(3, wide, wide)) + parts[2], feedback: 'The 3×3 convolution works on the reduced m channels, not on all 4m: that is the point of the bottleneck.' },
        { value: 2 * convParams(conv(3, wide, wide)), feedback: 'That is a basic block of two 3×3 convolutions on 4m channels, not a bottleneck.' },
      ];
      const mistakes = candidates.filter((c, i) => c.value !== answer && candidates.findIndex((d) => d.value === c.value) === i);
      return {
        params: { m, wide },
        answer,
        mistakes,
        solution: `${wide} · ${m} + 9 · ${m} · ${m} + ${m} · ${wide} = ${fmt(parts[0])} + ${fmt(parts[1])} + ${fmt(parts[2])} = ${fmt(answer)} (17m²).`,
      };
    },
  },
};

/** Parameterised questions of the inception lesson. */
import { convMacs, type ConvLayer } from '@/lib/nn/convArithmetic';
import { within } from '../grade';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

const REL = 0.005;
const fmt = (n: number) => n.toLocaleString('en-US');

export const generators: Record<string, QuestionGenerator> = {
  /** MACs of an Inception branch with a 1×1 reduction: 1×1 from C_in to r, then k×k from r to C_out ("same" padding). */
  'inception-branch-macs': {
    generate(next) {
      const side = pickOne(next, [14, 28]);
      const cin = pickOne(next, [192, 256, 480, 512]);
      const k = pickOne(next, [3, 5]);
      const r = pickOne(next, k === 3 ? [64, 96, 112, 128] : [16, 24, 32, 48]);
      const cout = pickOne(next, k === 3 ? [128, 192, 208, 224] : [32, 48, 64, 96]);
      const conv = (kk: number, ci: number, co: number): ConvLayer => ({ inH: side, inW: side, cin: ci, cout: co, kh: kk, kw: kk, stride: 1, padding: (kk - 1) / 2 });
      const reduce = convMacs(conv(1, cin, r));
      const main = convMacs(conv(k, r, cout));
      const answer = reduce + main;
      const candidates = [
        { value: main, feedback: `That is only the ${k}×${k} convolution: the 1×1 reduction also costs H · W · r · C_in.` },
        { value: convMacs(conv(k, cin, cout)), feedback: `That is the naive branch, the ${k}×${k} convolution on all ${cin} input channels; with the reduction it sees only ${r}.` },
        { value: reduce + side * side * cout * k * r, feedback: `The ${k}×${k} kernel has k² = ${k * k} weights per input channel, not k = ${k}.` },
      ];
      const mistakes = candidates.filter(
        (m, i) => !within(m.value, answer, 0, REL * 10) && candidates.findIndex((c) => within(c.value, m.value, 0, REL * 10)) === i,
      );
      return {
        params: { side, cin, k, r, cout },
        answer,
        relTolerance: REL,
        mistakes,
        solution: `1×1: ${side} · ${side} · ${r} · ${cin} = ${fmt(reduce)}; ${k}×${k}: ${side} · ${side} · ${cout} · ${k * k} · ${r} = ${fmt(main)}; together ${fmt(answer)}.`,
      };
    },
  },
};

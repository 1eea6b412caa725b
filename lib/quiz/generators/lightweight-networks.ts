/** Parameterised questions of the lightweight-networks lesson. */
import { separableCost } from '@/lib/lightweight/separable';
import { pickOne } from '../seed';
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {
  /** Weights of a depthwise separable pair (no biases) replacing a standard D_k × D_k convolution from M to N channels. */
  'separable-weights': {
    generate(next) {
      const m = pickOne(next, [32, 48, 64, 96, 128, 192, 256]);
      const n = pickOne(next, [64, 128, 160, 256, 320, 512]);
      const dk = pickOne(next, [3, 3, 5]);
      const c = separableCost({ df: 1, m, n, dk });
      const answer = c.separable.params;
      const candidates = [
        { value: c.standard.params, feedback: 'That is the standard convolution, D_k · D_k · M · N: the separable pair is the cheaper replacement.' },
        { value: dk * m + m * n, feedback: 'Each depthwise kernel is D_k × D_k, so it has D_k² weights per channel, not D_k.' },
        { value: c.pointwise.params, feedback: 'That is only the pointwise 1 × 1 layer; add the depthwise layer, D_k² · M.' },
        { value: dk * dk * n + m * n, feedback: 'The depthwise layer has one kernel per INPUT channel: D_k² · M, not D_k² · N.' },
      ];
      const mistakes = candidates.filter((x, i) => x.value !== answer && candidates.findIndex((y) => y.value === x.value) === i);
      return {
        params: { m, n, dk },
        answer,
        mistakes,
        solution: `Depthwise: ${dk} · ${dk} · ${m} = ${c.depthwise.params}. Pointwise: ${m} · ${n} = ${c.pointwise.params}. Together ${answer}, against ${c.standard.params} for the standard convolution (a ratio of 1/${n} + 1/${dk * dk}).`,
      };
    },
  },
};

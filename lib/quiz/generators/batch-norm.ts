/** Parameterised questions of the batch-norm lesson. */
import { summarise } from '@/lib/batchNorm/histogram';
import { pickInt, pickOne } from '../seed';
import type { QuestionGenerator } from './types';

/** PyTorch's default ε; next to these variances it changes nothing at two decimals. */
const EPS = 1e-5;
const r2 = (v: number) => Math.round(v * 100) / 100;

export const generators: Record<string, QuestionGenerator> = {
  /** y = γ·(x − μ_B)/√(σ²_B + ε) + β for one value of a drawn batch of four. */
  'bn-output-value': {
    generate(next) {
      let xs: number[];
      do xs = [0, 1, 2, 3].map(() => pickInt(next, -4, 8));
      while (new Set(xs).size < 3);
      const k = pickInt(next, 0, 3);
      const gamma = pickOne(next, [0.5, 1.5, 2, 3]);
      const beta = pickOne(next, [-1, 0.5, 1, 2]);
      const { mean, sd } = summarise(xs);
      const variance = sd * sd;
      const x = xs[k];
      const xHat = (x - mean) / Math.sqrt(variance + EPS);
      const answer = r2(gamma * xHat + beta);
      const unbiased = (variance * 4) / 3;
      const candidates = [
        { value: r2(xHat), feedback: 'That is x̂, the normalised value. The last step scales it by γ and shifts it by β.' },
        { value: r2(gamma * ((x - mean) / Math.sqrt(unbiased)) + beta), feedback: 'Batch norm divides the squared deviations by m = 4, not m − 1 = 3: the biased variance of the batch.' },
        { value: r2(gamma * ((x - mean) / (variance + EPS)) + beta), feedback: 'Divide by the standard deviation √(σ² + ε), not by the variance.' },
        { value: r2(beta * xHat + gamma), feedback: 'γ and β are swapped: y = γ·x̂ + β, γ scales and β shifts.' },
      ];
      const mistakes = candidates.filter((m, i) => Math.abs(m.value - answer) > 0.02 && candidates.findIndex((c) => Math.abs(c.value - m.value) <= 0.02) === i);
      return {
        params: { values: xs.join(', '), x, gamma, beta },
        answer,
        tolerance: 0.01,
        mistakes,
        solution: `μ_B = ${r2(mean)}, σ²_B = ${r2(variance)} (divide by 4), so x̂ = (${x} − ${r2(mean)}) / √${r2(variance)} = ${r2(xHat)}, and y = ${gamma} · ${r2(xHat)} + ${beta} = ${answer}.`,
      };
    },
  },
};

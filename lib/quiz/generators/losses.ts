/** Parameterised questions of the losses lesson. */
import { pickInt } from '../seed';
import type { QuestionGenerator } from './types';

/**
 * Cross-entropy of one example in plain numbers, stably: log Σ exp(z_j) − z_target with the
 * maximum subtracted first. The widgets use the tfjs op (lib/compute/softmax), which the quiz code
 * must not load; tests/unit/quiz/challenges/losses.test.ts checks the two agree.
 */
export function crossEntropyOf(logits: readonly number[], target: number): { loss: number; probs: number[] } {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return { loss: max + Math.log(sum) - logits[target], probs: exps.map((e) => e / sum) };
}

const CLASSES = ['cat', 'dog', 'bird'];
const r3 = (v: number) => Math.round(v * 1000) / 1000;

export const generators: Record<string, QuestionGenerator> = {
  /** The cross-entropy of three drawn logits against a drawn true class. */
  'cross-entropy-three': {
    generate(next) {
      let z: number[];
      do z = [0, 1, 2].map(() => pickInt(next, -2, 3));
      while (new Set(z).size === 1);
      const t = pickInt(next, 0, 2);
      const { loss, probs } = crossEntropyOf(z, t);
      const answer = r3(loss);
      const lse = loss + z[t];
      const candidates = [
        { value: r3(lse), feedback: 'That is log Σ exp(z_j) alone: subtract the true class’s logit from it.' },
        { value: r3(probs[t]), feedback: 'That is the probability of the true class. The loss is minus its logarithm.' },
        { value: r3(-Math.log10(probs[t])), feedback: 'Cross-entropy uses the natural logarithm (ln), not log base 10.' },
        { value: r3(-loss), feedback: 'A probability is at most 1, so its log is negative; the loss −log p is positive.' },
      ];
      const mistakes = candidates.filter((m, i) => Math.abs(m.value - answer) > 0.01 && candidates.findIndex((c) => Math.abs(c.value - m.value) <= 0.01) === i);
      const exps = z.map((v) => `e^${v}`).join(' + ');
      return {
        params: { a: z[0], b: z[1], c: z[2], cls: CLASSES[t] },
        answer,
        tolerance: 0.005,
        mistakes,
        solution: `log(${exps}) = ${r3(lse)}; minus the ${CLASSES[t]} logit ${z[t]} gives ${answer}, i.e. the ${CLASSES[t]} class gets probability ${r3(probs[t])}.`,
      };
    },
  },
};

/** Widget challenges of the losses lesson. */
import { crossEntropyOf } from '../generators/losses';
import { listFrom, numbersFrom } from './state';
import type { ChallengeDef } from './types';
import { formatSigned } from '@/lib/format/numberFormat';

/** CrossEntropyExplorer's class names (its strings.ts), for the feedback. */
const CLASS_NAMES = ['plane', 'car', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'];
const f3 = (v: number) => formatSigned(v, 3);

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: loss (the cross-entropy to reach), tolerance, and optionally target (the true class
   * the goal is about, 0-based). Graded on the logits typed into the
   * cross-entropy part of LossExplorer, against its true class.
   */
  'cross-entropy-target': {
    widget: 'LossExplorer',
    validate: (p) =>
      typeof p.loss !== 'number' || !(p.loss > 0)
        ? 'loss must be a number above 0'
        : typeof p.tolerance !== 'number' || !(p.tolerance > 0)
          ? 'tolerance must be a number above 0'
          : p.target !== undefined && (typeof p.target !== 'number' || !Number.isInteger(p.target) || p.target < 0 || p.target >= CLASS_NAMES.length)
            ? 'target, when given, must be a class index from 0 to 9'
            : null,
    grade(state, params) {
      const read = numbersFrom(state, ['classes', 'target'] as const);
      if (!read.ok) return read;
      const { classes, target } = read.value;
      const all = listFrom(state, 'logits');
      if (!all || !Number.isInteger(classes) || classes < 2 || all.length < classes || !Number.isInteger(target) || target < 0 || target >= classes) {
        return { ok: false, error: "The widget's logits are not readable." };
      }
      if (typeof params.target === 'number' && target !== params.target) {
        const wanted = CLASS_NAMES[params.target];
        return { ok: true, correct: false, feedback: `The true class is now ${CLASS_NAMES[target]}; keep ${wanted} as the true class, the goal is about ${wanted}'s probability.` };
      }
      const logits = all.slice(0, classes);
      const empty = logits.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
      if (empty >= 0) return { ok: false, error: `The logit of ${CLASS_NAMES[empty] ?? `class ${empty + 1}`} is empty or not a number; type one first.` };
      const { loss, probs } = crossEntropyOf(logits as number[], target);
      const want = params.loss as number;
      const tol = params.tolerance as number;
      const name = CLASS_NAMES[target] ?? `class ${target + 1}`;
      const got = `The loss is ${f3(loss)}: the true class, ${name}, gets probability ${f3(probs[target])}`;
      if (Math.abs(loss - want) <= tol) return { ok: true, correct: true, feedback: `${got}, and −log ${f3(probs[target])} = ${f3(loss)}, as asked.` };
      return {
        ok: true,
        correct: false,
        feedback: `${got}; the goal is a loss of ${f3(want)}, i.e. a probability of ${f3(Math.exp(-want))}. ${loss > want ? `Give ${name} a larger share.` : `${name} has too large a share.`}`,
      };
    },
  },
};

/** Widget challenges of the pooling lesson. */
import { poolOutputSize } from '@/lib/nn/poolArithmetic';
import { numbersFrom } from './state';
import { missBy, sizeGoal, validateSizeGoal } from './sizeGoal';
import type { ChallengeDef } from './types';

/** Sides of the PoolingStepper's built-in inputs (the classic 4 × 4 map, the stepper's grid and digit). */
const INPUT_SIDES: Record<string, number> = { classic: 4, grid: 5, digit: 12 };

export const challenges: Record<string, ChallengeDef> = {
  /** PoolingStepper: overlapping windows (larger than the stride) that bring `input` to `target` × `target`. */
  'pool-overlap-size': {
    widget: 'PoolingStepper',
    validate: validateSizeGoal(INPUT_SIDES),
    grade(state, params) {
      const read = numbersFrom(state, ['kernel', 'stride', 'padding'] as const);
      if (!read.ok) return read;
      const goal = sizeGoal(state, params, INPUT_SIDES);
      if ('grade' in goal) return goal.grade;
      const { n, target } = goal;
      const { kernel: f, stride: s, padding: p } = read.value;
      const out = poolOutputSize({ n, f, p, s });
      if (!out.ok) return { ok: true, correct: false, feedback: out.error };
      const how = `A ${f} × ${f} window with stride ${s} and padding ${p} gives ${out.size} × ${out.size}`;
      const overlap = f > s;
      if (out.size === target && overlap) return { ok: true, correct: true, feedback: `${how}, and neighbouring windows share ${f - s} row${f - s === 1 ? '' : 's'} and column${f - s === 1 ? '' : 's'}, as asked.` };
      const missing: string[] = [];
      if (out.size !== target) missing.push(`${target} × ${target} (${missBy(out.size, target)})`);
      if (!overlap) missing.push(`windows that overlap: a window larger than the stride (now ${f} against ${s})`);
      return { ok: true, correct: false, feedback: `${how}. The goal needs ${missing.join(' and ')}.` };
    },
  },
};

/**
 * The goal both stepper challenges set: bring one of the widget's built-in inputs to a given
 * output side. The parameters are checked, and the reader is held to the input named, the same
 * way for convolution and pooling.
 */
import type { ChallengeGrade } from '../types';
import { textFrom } from './state';
import type { ChallengeParams } from './types';

/** The goal's parameters (`input`, a built-in input's name; `target`, the side to reach) checked, or the problem. */
export const validateSizeGoal =
  (sides: Record<string, number>) =>
  (p: ChallengeParams): string | null =>
    typeof p.input !== 'string' || !(p.input in sides)
      ? `input must be one of ${Object.keys(sides).join(', ')}`
      : typeof p.target !== 'number' || !Number.isInteger(p.target) || p.target < 1
        ? 'target must be a whole number of at least 1'
        : null;

/** The named input's side and the target, or the grade that asks the reader to go back to that input. */
export function sizeGoal(state: unknown, params: ChallengeParams, sides: Record<string, number>): { n: number; target: number } | { grade: ChallengeGrade } {
  const wanted = params.input as string;
  const n = sides[wanted];
  if (textFrom(state, 'input') !== wanted) return { grade: { ok: true, correct: false, feedback: `Keep the ${n} × ${n} "${wanted}" input; the goal is about that one.` } };
  return { n, target: params.target as number };
}

/** Which way the output side misses the target; `sentence` starts it with a capital. */
export function missBy(size: number, target: number, sentence = false): string {
  const words = size > target ? 'it needs to shrink more' : 'it shrank too much';
  return sentence ? words[0].toUpperCase() + words.slice(1) : words;
}

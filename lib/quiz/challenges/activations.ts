/** Widget challenges of the activations lesson. */
import { leakySlope } from '@/lib/activations/dyingRelu';
import { MAXOUT_PRESETS, isMaxoutPreset } from '@/lib/activations/maxout';
import { CURVE_NAMES, type CurveName } from '@/lib/activations/saturation';
import { numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';

/** The names ActivationExplorer reads out, for the feedback. */
const NAMES = CURVE_NAMES;

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * f′(x) of the explorer's activations in closed form. The widget takes its slopes from the tfjs
 * compute layer (lib/compute/activationCurves), which graders must not load; the challenge test
 * checks these against it. Maxout's slope is the slope of the piece on top.
 */
export function activationSlope(fn: CurveName, x: number, p: { negativeSlope: number; alpha: number; maxout: string }): number | null {
  switch (fn) {
    case 'sigmoid':
      return sigma(x) * (1 - sigma(x));
    case 'tanh':
      return 1 - Math.tanh(x) ** 2;
    case 'relu':
      return x > 0 ? 1 : 0;
    case 'leaky_relu':
      return leakySlope(x, p.negativeSlope);
    case 'elu':
      return x > 0 ? 1 : p.alpha * Math.exp(x);
    case 'softplus':
      return sigma(x);
    case 'softsign':
      return 1 / (1 + Math.abs(x)) ** 2;
    case 'maxout': {
      if (!isMaxoutPreset(p.maxout)) return null;
      const { slopes, intercepts } = MAXOUT_PRESETS[p.maxout];
      let top = 0;
      slopes.forEach((w, j) => {
        if (w * x + intercepts[j] > slopes[top] * x + intercepts[top]) top = j;
      });
      return slopes[top];
    }
    default:
      return null;
  }
}

const isCurve = (v: string | null): v is CurveName => v !== null && v in NAMES;
const fmt = (v: number) => (Math.abs(v) < 0.0005 ? '0' : v.toFixed(3)).replace('-', '−');

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: x (the input to put the point at, negative), minSlope (the smallest |f′(x)| accepted).
   * ActivationExplorer's point must sit at x (within 0.05) on a function whose slope there passes
   * at least minSlope of the gradient back.
   */
  'activation-negative-gradient': {
    widget: 'ActivationExplorer',
    validate: (p) =>
      typeof p.x !== 'number' || p.x >= 0 || p.x < -6
        ? 'x must be a number between −6 and 0'
        : typeof p.minSlope !== 'number' || !(p.minSlope > 0 && p.minSlope <= 1)
          ? 'minSlope must be a number in (0, 1]'
          : null,
    grade(state, params) {
      const read = numbersFrom(state, ['x', 'negativeSlope', 'alpha'] as const);
      if (!read.ok) return read;
      const fn = textFrom(state, 'fn');
      if (!isCurve(fn)) return { ok: false, error: 'The widget has not reported which activation it shows.' };
      const target = params.x as number;
      const min = params.minSlope as number;
      const { x, negativeSlope, alpha } = read.value;
      if (Math.abs(x - target) > 0.05) {
        return { ok: true, correct: false, feedback: `The point is at x = ${fmt(x)}; move it to x = ${fmt(target)}, where a unit's input is well below 0.` };
      }
      const slope = activationSlope(fn, x, { negativeSlope, alpha, maxout: textFrom(state, 'maxout') ?? '' });
      if (slope === null) return { ok: false, error: 'The widget reported an unknown Maxout shape.' };
      const at = `${NAMES[fn]} at x = ${fmt(x)} has slope ${fmt(slope)}`;
      if (Math.abs(slope) >= min - 1e-9) return { ok: true, correct: true, feedback: `${at}: a gradient coming back keeps ${fmt(Math.abs(slope))} of its size, at least ${min}, so this unit keeps learning.` };
      const why =
        slope === 0
          ? 'no gradient passes at all: a unit stuck here is dead.'
          : `only ${fmt(Math.abs(slope))} of the gradient passes, less than ${min}.`;
      return { ok: true, correct: false, feedback: `${at}: ${why} Look for a function whose negative side keeps a fixed slope you can set.` };
    },
  },
};

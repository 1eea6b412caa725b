/** Widget challenges of the convolution lesson. */
import { convOutputSize } from '@/lib/nn/convArithmetic';
import { numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';

/** Sizes of the ConvolutionStepper's built-in inputs, and of its preset kernels. */
const INPUT_SIDES: Record<string, number> = { grid: 5, edge: 8, pattern: 8, digit: 12 };
const PRESET_KERNEL_SIDE = 3;

export const challenges: Record<string, ChallengeDef> = {
  /** params: input (a built-in input's name), target (the output side to reach). */
  'conv-output-size': {
    widget: 'ConvolutionStepper',
    validate: (p) =>
      typeof p.input !== 'string' || !(p.input in INPUT_SIDES)
        ? `input must be one of ${Object.keys(INPUT_SIDES).join(', ')}`
        : typeof p.target !== 'number' || !Number.isInteger(p.target) || p.target < 1
          ? 'target must be a whole number of at least 1'
          : null,
    grade(state, params) {
      const read = numbersFrom(state, ['stride', 'padding', 'dilation'] as const);
      if (!read.ok) return read;
      const input = textFrom(state, 'input');
      const wanted = params.input as string;
      const target = params.target as number;
      const n = INPUT_SIDES[wanted];
      if (input !== wanted) return { ok: true, correct: false, feedback: `Keep the ${n} × ${n} "${wanted}" input; the goal is about that one.` };
      const kernel = textFrom(state, 'kernel');
      const f = kernel === 'custom' ? ((state as { customSize?: number }).customSize ?? PRESET_KERNEL_SIDE) : PRESET_KERNEL_SIDE;
      const { stride: s, padding: p, dilation: d } = read.value;
      const out = convOutputSize({ n, f, p, s, d });
      if (!out.ok) return { ok: true, correct: false, feedback: out.error };
      const how = `With stride ${s}, padding ${p}${d > 1 ? ` and dilation ${d}` : ''}, the output is ${out.size} × ${out.size}`;
      if (out.size === target) return { ok: true, correct: true, feedback: `${how}, as asked.` };
      return { ok: true, correct: false, feedback: `${how}, not ${target} × ${target}. ${out.size > target ? 'It needs to shrink more.' : 'It shrank too much.'}` };
    },
  },
};

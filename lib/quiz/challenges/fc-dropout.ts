/** Widget challenges of the fc-dropout lesson. */
import { dropoutRun, type DenseLayer, type DropoutSetup, type Nonlinearity } from '@/lib/nn/dropout';
import { seededValues, uniforms } from '@/lib/random/prng';
import { numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';

/**
 * DropoutDemo's layer and mask draws for a seed, copied from components/widgets/DropoutDemo/model.ts
 * (demoLayer, maskDraws; graders may not import components). The challenge test checks the two agree.
 */
const INPUTS = 8;
const OUTPUTS = 4;
const MAX_MASKS = 5000;
export function demoLayer(seed: number): { layer: DenseLayer; x: number[] } {
  return {
    x: seededValues(seed, INPUTS, 0, 1),
    layer: {
      inputs: INPUTS,
      outputs: OUTPUTS,
      weights: seededValues(seed + 10_000, OUTPUTS * INPUTS, -1, 1),
      bias: seededValues(seed + 20_000, OUTPUTS, -0.5, 0.5),
    },
  };
}
const maskDraws = (seed: number, masks: number) => uniforms(seed + 30_000, masks * INPUTS);

const f3 = (v: number) => v.toFixed(3);

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: p (the drop probability to keep), maxError (the RMS gap to reach). The running average
   * of the training outputs over the masks drawn must come within maxError of the test-time output.
   */
  'dropout-average-converges': {
    widget: 'DropoutDemo',
    validate: (p) =>
      typeof p.p !== 'number' || !(p.p > 0 && p.p <= 0.9)
        ? 'p must be a number in (0, 0.9]'
        : typeof p.maxError !== 'number' || !(p.maxError > 0)
          ? 'maxError must be a number above 0'
          : null,
    grade(state, params) {
      const read = numbersFrom(state, ['p', 'masks', 'seed'] as const);
      if (!read.ok) return read;
      const scaling = textFrom(state, 'scaling');
      const after = textFrom(state, 'after');
      if ((scaling !== 'inverted' && scaling !== 'original') || (after !== 'none' && after !== 'relu')) {
        return { ok: false, error: 'The widget has not reported its scaling and nonlinearity.' };
      }
      const { p, seed } = read.value;
      const masks = Math.min(Math.max(0, Math.floor(read.value.masks)), MAX_MASKS);
      const wantP = params.p as number;
      const max = params.maxError as number;
      if (Math.abs(p - wantP) > 1e-9) return { ok: true, correct: false, feedback: `The drop probability is ${p}; keep it at ${wantP}. With fewer units dropped the masks agree sooner, which is not the point.` };
      if (masks === 0) return { ok: true, correct: false, feedback: 'No mask has been drawn yet, so there is no average to compare.' };
      const { layer, x } = demoLayer(seed);
      const setup: DropoutSetup = { layer, x, p, scaling, after: after as Nonlinearity };
      const run = dropoutRun(setup, maskDraws(seed, masks), masks);
      const error = run.errors[masks - 1];
      const got = `After ${masks} mask${masks === 1 ? '' : 's'} the average of the training outputs is ${f3(error)} (RMS) from the test-time output`;
      if (error <= max) return { ok: true, correct: true, feedback: `${got}, within ${max}: on average over masks, the thinned networks give what the full network gives at test time.` };
      const hint =
        after === 'relu'
          ? ' After a ReLU the average over masks does not converge to the test-time output at all; make the layer linear.'
          : ` The gap shrinks like 1/√(number of masks): keep drawing.`;
      return { ok: true, correct: false, feedback: `${got}, more than ${max}.${hint}` };
    },
  },
};

/** Widget challenges of the fc-dropout lesson. */
import { dropoutRun, type DropoutSetup, type Nonlinearity } from '@/lib/nn/dropout';
import { demoLayer, maskDraws, MAX_MASKS } from '@/lib/nn/dropoutDemo';
import { numbersFrom, textFrom } from './state';

/** The demo's layer, as the widget draws it (the challenge test checks they are one). */
export { demoLayer } from '@/lib/nn/dropoutDemo';
import type { ChallengeDef } from './types';

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

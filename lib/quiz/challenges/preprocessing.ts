/** Widget challenges of the preprocessing lesson. */
import { imageSet } from '@/lib/preprocessing/imageSet';
import { perChannelMean, perChannelStd } from '@/lib/preprocessing/meanSubtraction';
import { INPUT_MODES, prepareInputs, samplePatches, summarize, unitPreActivations, type InputMode } from '@/lib/preprocessing/saturation';
import { numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';

/**
 * SigmoidSaturation's experiment, copied from components/widgets/SigmoidSaturation/model.ts
 * (lib/ may not import components/): 192 patches of 16 landscape images, 32 random neurons.
 */
const EXPERIMENT = { set: 'landscapes', images: 16, seed: 1, patches: 192, neurons: 32 } as const;
const PATCH_SIDES = [1, 3, 5, 8, 16];
const MODE_NAMES: Record<InputMode, string> = { raw: 'raw 0–255 pixels', unit: 'pixels divided by 255', centred: 'mean-subtracted pixels', normalised: 'normalised pixels' };

/** Pre-activations for unit-variance weights, as the widget computes them; multiply by σw. */
function unitZ(k: number, mode: InputMode): Float64Array {
  const images = imageSet(EXPERIMENT.set, EXPERIMENT.images, EXPERIMENT.seed);
  const mean = perChannelMean(images);
  const std = perChannelStd(images, mean);
  const raw = samplePatches(images, k, EXPERIMENT.patches, EXPERIMENT.seed);
  return unitPreActivations(prepareInputs(raw, mode, mean, std), k * k * 3, EXPERIMENT.neurons, EXPERIMENT.seed);
}

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: k (the patch side to use), maxSaturated (the largest share of saturated units, 0–1).
   * The weights must be at least the usual 1/√D scale, so "make the weights tiny" is not an answer:
   * the inputs must be brought to a size of about 1.
   */
  'sigmoid-unsaturated': {
    widget: 'SigmoidSaturation',
    validate: (p) =>
      typeof p.k !== 'number' || !PATCH_SIDES.includes(p.k)
        ? `k must be one of ${PATCH_SIDES.join(', ')}`
        : typeof p.maxSaturated !== 'number' || !(p.maxSaturated > 0 && p.maxSaturated < 1)
          ? 'maxSaturated must be a share between 0 and 1'
          : null,
    grade(state, params) {
      const read = numbersFrom(state, ['k', 'logW'] as const);
      if (!read.ok) return read;
      const mode = textFrom(state, 'mode');
      if (!mode || !(INPUT_MODES as readonly string[]).includes(mode)) return { ok: false, error: 'The widget has not reported its input preprocessing.' };
      const { k, logW } = read.value;
      const wantK = params.k as number;
      const max = params.maxSaturated as number;
      if (k !== wantK) return { ok: true, correct: false, feedback: `Use ${wantK} × ${wantK} patches; the goal is about those ${wantK * wantK * 3} inputs per neuron.` };
      const d = k * k * 3;
      const xavier = 1 / Math.sqrt(d);
      const w = 10 ** logW;
      // The slider moves in steps of 0.05 on a log scale; the widget's button sets 1/√D exactly.
      if (logW < Math.log10(xavier) - 0.051) {
        return { ok: true, correct: false, feedback: `σw = ${w.toPrecision(2)} is below 1/√D = ${xavier.toPrecision(2)}. Tiny weights avoid saturation but pass on a tiny signal; keep σw at 1/√D or above and fix the inputs instead.` };
      }
      const s = summarize(unitZ(k, mode as InputMode), w);
      const how = `With ${MODE_NAMES[mode as InputMode]} and σw = ${w.toPrecision(2)}, ${pct(s.saturated)} of the pre-activations are saturated (|z| > ${s.threshold.toFixed(2)})`;
      if (s.saturated <= max) return { ok: true, correct: true, feedback: `${how}, at most ${pct(max)} as asked.` };
      const why = mode === 'centred' ? ' Subtracting the mean leaves values of tens of units: the size is still the problem.' : mode === 'raw' ? ' Raw pixels are in the hundreds, so z is far too large.' : ' These weights are too large for inputs of this size.';
      return { ok: true, correct: false, feedback: `${how}, more than ${pct(max)}.${why}` };
    },
  },
};

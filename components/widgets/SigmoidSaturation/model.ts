/** The neuron experiment's data: patches of the landscape set, four preprocessings. No React. */
import { imageSet } from '@/lib/preprocessing/imageSet';
import { perChannelMean, perChannelStd } from '@/lib/preprocessing/meanSubtraction';
import { INPUT_MODES, prepareInputs, samplePatches, unitPreActivations, type InputMode } from '@/lib/preprocessing/saturation';

export const EXPERIMENT = { set: 'landscapes', images: 16, seed: 1, patches: 192, neurons: 32 } as const;

/** Pre-activations for unit-variance weights, per input mode, for k×k×3 patches. Multiply by σw. */
export function unitZByMode(k: number): Record<InputMode, Float64Array> {
  const images = imageSet(EXPERIMENT.set, EXPERIMENT.images, EXPERIMENT.seed);
  const mean = perChannelMean(images);
  const std = perChannelStd(images, mean);
  const raw = samplePatches(images, k, EXPERIMENT.patches, EXPERIMENT.seed);
  const d = k * k * 3;
  const out = {} as Record<InputMode, Float64Array>;
  for (const mode of INPUT_MODES) out[mode] = unitPreActivations(prepareInputs(raw, mode, mean, std), d, EXPERIMENT.neurons, EXPERIMENT.seed);
  return out;
}

/** Widget challenges of the training-practice lesson. */
import { numbersFrom } from './state';
import type { ChallengeDef } from './types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: maxRotation (degrees), maxShift (pixels). On AugmentationGallery the reader keeps the
   * augmentations that leave a Fashion-MNIST label valid (and an image that can occur at test
   * time): no upside-down flip, small turns and shifts, and the left–right mirror on.
   */
  'augment-label-safe': {
    widget: 'AugmentationGallery',
    validate: (p) =>
      typeof p.maxRotation !== 'number' || p.maxRotation < 0 || typeof p.maxShift !== 'number' || p.maxShift < 0 ? 'maxRotation and maxShift must be numbers of at least 0' : null,
    grade(state, params) {
      const read = numbersFrom(state, ['rotation', 'shift'] as const);
      if (!read.ok) return read;
      if (!isRecord(state) || typeof state.flipH !== 'boolean' || typeof state.flipV !== 'boolean') return { ok: false, error: 'The widget has not reported its flips.' };
      const { rotation, shift } = read.value;
      const maxRotation = params.maxRotation as number;
      const maxShift = params.maxShift as number;
      const problems: string[] = [];
      if (state.flipV) problems.push('the upside-down flip makes images that never occur in Fashion-MNIST');
      if (rotation > maxRotation) problems.push(`turns of up to ${rotation}° go beyond the ±${maxRotation}° a photographed garment plausibly shows`);
      if (shift > maxShift) problems.push(`shifts of up to ${shift} pixels can push the item out of the 28-pixel frame (keep them at most ${maxShift})`);
      if (!state.flipH) problems.push('the left–right mirror is off, though a mirrored garment is still the same garment: it is the safest augmentation here');
      const kept = `left–right mirror, turns up to ${rotation}° and shifts up to ${shift} pixels`;
      if (problems.length === 0) return { ok: true, correct: true, feedback: `Every copy keeps its label and could occur at test time: ${kept}, no upside-down flip.` };
      return { ok: true, correct: false, feedback: `Not every copy is a valid example: ${problems.join('; ')}.` };
    },
  },
};

/** Widget challenges of the visualising-cnns lesson. */
import { occlusionPositions } from '@/lib/compute/visualise/layers';
import { numbersFrom } from './state';
import type { ChallengeDef } from './types';

/** The side of the images the OcclusionMap covers (the course network's 28 × 28 input). */
const IMAGE_SIDE = 28;

export const challenges: Record<string, ChallengeDef> = {
  /**
   * OcclusionMap: a square and a stride that give `positions` × `positions` square positions on the
   * 28 × 28 image, with neighbouring squares overlapping (a square larger than the stride).
   */
  'occlusion-grid': {
    widget: 'OcclusionMap',
    validate: (p) => (typeof p.positions !== 'number' || !Number.isInteger(p.positions) || p.positions < 2 || p.positions > IMAGE_SIDE ? `positions must be a whole number from 2 to ${IMAGE_SIDE}` : null),
    grade(state, params) {
      const read = numbersFrom(state, ['size', 'stride'] as const);
      if (!read.ok) return read;
      const { size, stride } = read.value;
      const target = params.positions as number;
      const n = occlusionPositions(IMAGE_SIDE, size, stride);
      const how = `A ${size}-pixel square moved ${stride} pixels at a time stops ⌊(${IMAGE_SIDE} − ${size}) / ${stride}⌋ + 1 = ${n} times per side`;
      const overlap = size > stride;
      if (n === target && overlap) return { ok: true, correct: true, feedback: `${how}, and neighbouring squares share ${size - stride} pixel${size - stride === 1 ? '' : 's'}, so no part of the object escapes being covered.` };
      const missing: string[] = [];
      if (n !== target) missing.push(`${target} positions per side (now ${n}: ${n > target ? 'take a larger stride or square' : 'take a smaller stride or square'})`);
      if (!overlap) missing.push(`squares that overlap: a square larger than the stride (now ${size} against ${stride})`);
      return { ok: true, correct: false, feedback: `${how}. The goal needs ${missing.join(' and ')}.` };
    },
  },
};

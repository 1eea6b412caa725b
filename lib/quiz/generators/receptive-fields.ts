/** Parameterised questions of the receptive-fields lesson. */
import { receptiveField } from '@/lib/nn/receptiveField';
import { pickInt, pickOne } from '../seed';
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {
  /** Receptive field of L stacked k × k convolutions with stride 1. */
  'stacked-field': {
    generate(next) {
      const kernel = pickOne(next, [3, 5, 7]);
      const layers = pickInt(next, 2, 6);
      const answer = receptiveField(Array.from({ length: layers }, () => ({ kernel }))).size;
      const candidates = [
        { value: layers * kernel, feedback: 'Kernels overlap: each new layer adds k − 1 pixels to the field, not k.' },
        { value: layers * (kernel - 1), feedback: 'You forgot the 1 you start from: a single output unit already sees one pixel before any layer.' },
        { value: kernel ** layers, feedback: 'The field grows by adding k − 1 per layer (with stride 1), not by multiplying.' },
        { value: kernel, feedback: 'That is one layer’s field; each layer on top widens it.' },
      ];
      const mistakes = candidates.filter((m, i) => m.value !== answer && candidates.findIndex((c) => c.value === m.value) === i);
      return {
        params: { kernel, layers },
        answer,
        mistakes,
        solution: `With stride 1, each ${kernel} × ${kernel} layer adds ${kernel} − 1 = ${kernel - 1}: 1 + ${layers} · ${kernel - 1} = ${answer}, so ${answer} × ${answer} pixels.`,
      };
    },
  },
};

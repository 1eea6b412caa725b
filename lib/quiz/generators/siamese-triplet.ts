/** Parameterised questions of the siamese-triplet lesson. */
import { pairCount, pairCounts } from '@/lib/metric/pairs';
import { pickInt, pickOne } from '../seed';
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {
  /** Positive pairs in a P × K batch: P classes of K images each. */
  'batch-positive-pairs': {
    generate(next) {
      const p = pickOne(next, [4, 5, 6, 8, 10, 12, 16, 20]);
      const k = pickInt(next, 3, 8);
      const c = pairCounts(p, k);
      const answer = c.positive;
      const candidates = [
        { value: p * k * (k - 1), feedback: 'That counts every pair twice, (a, b) and (b, a): an unordered pair is K(K − 1)/2 per class.' },
        { value: c.pairs, feedback: 'That is every pair of the batch; only the pairs inside one class are positive.' },
        { value: c.negative, feedback: 'Those are the negative pairs, of images from different classes.' },
        { value: (p * k * k) / 2, feedback: 'An image does not pair with itself: K(K − 1)/2 pairs per class, not K²/2.' },
        { value: pairCount(k), feedback: 'That is one class; the batch has P classes.' },
      ];
      const mistakes = candidates.filter((x, i) => x.value !== answer && Number.isInteger(x.value) && candidates.findIndex((y) => y.value === x.value) === i);
      return {
        params: { p, k, n: p * k },
        answer,
        mistakes,
        solution: `Each class has ${k} · ${k - 1} / 2 = ${pairCount(k)} pairs; ${p} classes give ${answer} positive pairs, out of ${c.images} · ${c.images - 1} / 2 = ${c.pairs} pairs in all.`,
      };
    },
  },
};

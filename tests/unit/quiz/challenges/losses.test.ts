import { beforeAll, describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';
import { crossEntropyOf } from '@/lib/quiz/generators/losses';
import { crossEntropyReadout, ready } from '@/lib/compute';

const pad = (z: number[]) => [...z, ...new Array<number>(10 - z.length).fill(0)];
const explorer = (z: number[], target = 3) => ({ classes: z.length, logits: pad(z), target });

describe('losses challenges', () => {
  const grader = challenges['cross-entropy-target'];
  const params = { loss: 0.693, tolerance: 0.01 };

  it('accepts two equal top logits, cat and one rival, the others far below: p = 1/2', () => {
    expect(grader.grade(explorer([-10, 2, -10, 2]), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('probability 0.500') });
    expect(grader.grade(explorer([0, 0, 0, Math.log(3)]), params)).toMatchObject({ correct: true });
  });

  it('refuses the starting logits (loss 1.131) and a tie of cat with car while plane still counts', () => {
    expect(grader.grade(explorer([0.5, 2, -1, 1.5]), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('The loss is 1.131') });
    expect(grader.grade(explorer([0.5, 2, -1, 2]), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('larger share') });
    expect(grader.grade(explorer([0, 0, 0, 5]), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('too large a share') });
  });

  it('refuses another true class when the goal names one', () => {
    expect(grader.grade(explorer([-10, 2, -10, 2], 1), { ...params, target: 3 })).toMatchObject({ correct: false, feedback: expect.stringContaining('keep cat as the true class') });
    expect(grader.grade(explorer([-10, 2, -10, 2], 3), { ...params, target: 3 })).toMatchObject({ correct: true });
  });

  it('refuses an empty logit (NaN, or null after a reload) and a state it cannot read', () => {
    expect(grader.grade({ classes: 4, logits: pad([0, Number.NaN, 0, 1]), target: 3 }, params)).toMatchObject({ ok: false, error: expect.stringContaining('car') });
    expect(grader.grade(JSON.parse(JSON.stringify({ classes: 4, logits: pad([0, Number.NaN, 0, 1]), target: 3 })), params)).toMatchObject({ ok: false });
    expect(grader.grade({ classes: 4 }, params)).toMatchObject({ ok: false });
  });

  describe('the plain-number cross-entropy matches the compute layer', () => {
    beforeAll(() => ready());
    it.each([[[2, 1, 0], 0], [[0.5, 2, -1, 1.5], 3], [[1000, 0, -3], 1], [[-2, 3, 3], 2]] as const)('%j, true class %i', (z, t) => {
      const ref = crossEntropyReadout(z, t);
      const mine = crossEntropyOf(z, t);
      expect(mine.loss).toBeCloseTo(ref.loss, 3);
      mine.probs.forEach((p, i) => expect(p).toBeCloseTo(ref.probs[i], 5));
    });
  });
});

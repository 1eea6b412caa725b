import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const trainer = (over: Record<string, unknown>) => ({ loss: 'triplet', metric: 'euclidean', mining: 'semiHard', margin: 1, margin2: 0.5, seed: 1, query: 0, ...over });

describe('siamese-triplet challenges', () => {
  const grader = challenges['triplet-margin'];
  const params = { dap: 0.6, dan: 1.0, target: 0.3 };

  it('accepts the triplet loss with semi-hard mining and α = 0.7 (max(0, 0.6 − 1.0 + 0.7) = 0.3)', () => {
    expect(grader.grade(trainer({ margin: 0.7 }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('semi-hard') });
  });

  it('refuses the starting margin 1 (a loss of 0.6) and a margin too small to give any loss', () => {
    expect(grader.grade(trainer({}), params)).toEqual({ ok: true, correct: false, feedback: expect.stringContaining('= 0.60, not 0.3. A smaller margin lowers the loss') });
    expect(grader.grade(trainer({ margin: 0.3 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('= 0.00, not 0.3. A larger margin') });
  });

  it('refuses the right margin with another loss or other mining', () => {
    expect(grader.grade(trainer({ margin: 0.7, loss: 'contrastive' }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('contrastive') });
    expect(grader.grade(trainer({ margin: 0.7, mining: 'hard' }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('semi-hard mining') });
  });

  it('says when the state is unreadable', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade({ margin: 0.7 }, params)).toMatchObject({ ok: false });
  });
});

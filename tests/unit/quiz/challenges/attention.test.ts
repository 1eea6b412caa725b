import { describe, expect, it } from 'vitest';
import { challenges } from '@/lib/quiz';

const se = (over: Record<string, unknown>) => ({ image: 0, channel: 0, mode: 'soft', k: 4, overrides: new Array(16).fill(null), heat: 'difference', ...over });

describe('attention challenges', () => {
  const grader = challenges['se-hard-top-k'];
  const params = { share: 0.5 };

  it('accepts hard top-8 with no channel set by hand', () => {
    expect(grader.grade(se({ mode: 'hard', k: 8 }), params)).toMatchObject({ ok: true, correct: true, feedback: expect.stringContaining('8 of 16 as asked') });
  });

  it('refuses the soft block, SE switched off, the default top-4, and a hand-set channel', () => {
    expect(grader.grade(se({}), params)).toMatchObject({ ok: true, correct: false, feedback: expect.stringContaining('soft weights') });
    expect(grader.grade(se({ mode: 'off', k: 8 }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('switched off') });
    expect(grader.grade(se({ mode: 'hard', k: 4 }), params)).toEqual({ ok: true, correct: false, feedback: 'Hard top-4 keeps 4 of the 16 channels, not 8. Keep more.' });
    const overrides = new Array(16).fill(null);
    overrides[3] = 0;
    expect(grader.grade(se({ mode: 'hard', k: 8, overrides }), params)).toMatchObject({ correct: false, feedback: expect.stringContaining('1 channel weight is set by hand') });
  });

  it('says when the state is unreadable', () => {
    expect(grader.grade({}, params)).toMatchObject({ ok: false });
    expect(grader.grade(se({ mode: 'sideways' }), params)).toMatchObject({ ok: false });
  });
});

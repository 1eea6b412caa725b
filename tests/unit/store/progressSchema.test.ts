import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION, loadProgress, serializeProgress, type Progress } from '@/lib/store/progressSchema';

const progress: Progress = {
  lessonsRead: { convolution: 1700000000000 },
  quizzes: { 'convolution-output-size': { response: '55', correct: true, at: 1700000000001 } },
};

describe('loading saved progress', () => {
  it('round-trips the current version', () => {
    expect(loadProgress(serializeProgress(progress))).toEqual({ kind: 'ok', progress });
  });

  it('starts empty when nothing is stored', () => {
    expect(loadProgress(null)).toEqual({ kind: 'empty' });
  });

  it('migrates version 1 without losing lessons or answers', () => {
    const v1 = JSON.stringify({ version: 1, state: { read: ['what-is-a-cnn'], answers: { q1: { response: '2', correct: false } } } });
    const result = loadProgress(v1);
    expect(result).toEqual({
      kind: 'migrated',
      from: 1,
      progress: { lessonsRead: { 'what-is-a-cnn': 0 }, quizzes: { q1: { response: '2', correct: false, at: 0 } } },
    });
  });

  it.each([
    ['not JSON', '{"version":2,', 'not readable'],
    ['no version', JSON.stringify({ lessonsRead: {} }), 'no version'],
    ['a newer version', JSON.stringify({ version: PROGRESS_VERSION + 1, state: {} }), 'newer version'],
    ['the wrong shape', JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: [] } }), 'damaged'],
    ['a malformed quiz', JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: {}, quizzes: { q: { response: 5 } } } }), 'quiz "q"'],
    ['damaged version 1 data', JSON.stringify({ version: 1, state: { read: 'x' } }), 'damaged'],
  ])('resets %s with a reason the reader is shown', (_label, stored, reason) => {
    const result = loadProgress(stored);
    expect(result.kind).toBe('reset');
    expect(result.kind === 'reset' && result.reason).toContain(reason);
  });
});

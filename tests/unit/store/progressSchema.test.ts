import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION, exportProgress, importProgress, loadProgress, mergeProgress, serializeProgress, type Progress } from '@/lib/store/progressSchema';

const progress: Progress = {
  lessonsRead: { convolution: 1700000000000 },
  quizzes: { 'convolution-output-size': { response: '55', correct: true, at: 1700000000001, attempts: 2 } },
  seed: 12345,
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
      progress: { lessonsRead: { 'what-is-a-cnn': 0 }, quizzes: { q1: { response: '2', correct: false, at: 0, attempts: 1 } }, seed: expect.any(Number) },
    });
  });

  it('migrates version 2: each saved answer counts as one attempt, and a seed is drawn', () => {
    const v2 = JSON.stringify({ version: 2, state: { lessonsRead: { pooling: 5 }, quizzes: { q: { response: '1', correct: true, at: 9 } } } });
    const result = loadProgress(v2);
    expect(result).toMatchObject({ kind: 'migrated', from: 2, progress: { lessonsRead: { pooling: 5 }, quizzes: { q: { response: '1', correct: true, at: 9, attempts: 1 } } } });
    const seed = result.kind === 'migrated' ? result.progress.seed : -1;
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
  });

  it.each([
    ['not JSON', '{"version":2,', 'not readable'],
    ['no version', JSON.stringify({ lessonsRead: {} }), 'no version'],
    ['a newer version', JSON.stringify({ version: PROGRESS_VERSION + 1, state: {} }), 'newer version'],
    ['the wrong shape', JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: [] } }), 'damaged'],
    ['a malformed quiz', JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: {}, quizzes: { q: { response: 5 } }, seed: 1 } }), 'quiz "q"'],
    ['zero attempts', JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: {}, quizzes: { q: { response: '1', correct: true, at: 1, attempts: 0 } }, seed: 1 } }), 'quiz "q"'],
    ['no seed', JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: {}, quizzes: {} } }), 'seed'],
    ['damaged version 1 data', JSON.stringify({ version: 1, state: { read: 'x' } }), 'damaged'],
  ])('resets %s with a reason the reader is shown', (_label, stored, reason) => {
    const result = loadProgress(stored);
    expect(result.kind).toBe('reset');
    expect(result.kind === 'reset' && result.reason).toContain(reason);
  });
});

describe('exporting and importing progress', () => {
  it('round-trips through an exported file', () => {
    expect(importProgress(exportProgress(progress))).toEqual({ ok: true, progress, from: PROGRESS_VERSION });
  });

  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another JSON file', JSON.stringify({ name: 'my-app', version: 3 }), 'not a CNN Course progress file'],
    ['stored data without the format mark', serializeProgress(progress), 'not a CNN Course progress file'],
    ['a damaged state', JSON.stringify({ format: 'cnn-course-progress', version: PROGRESS_VERSION, state: { lessonsRead: 3 } }), 'cannot be used'],
    ['a file from a newer course', JSON.stringify({ format: 'cnn-course-progress', version: PROGRESS_VERSION + 1, state: {} }), 'newer version'],
  ])('refuses %s with a reason', (_label, text, message) => {
    expect(importProgress(text)).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it('imports a version 2 file by migrating it', () => {
    const old = JSON.stringify({ format: 'cnn-course-progress', version: 2, state: { lessonsRead: {}, quizzes: { q: { response: '1', correct: true, at: 1 } } } });
    expect(importProgress(old)).toMatchObject({ ok: true, from: 2, progress: { quizzes: { q: { attempts: 1 } } } });
  });

  it('merges: lessons read on either side stay read, the newer answer wins and attempts add up', () => {
    const here: Progress = {
      lessonsRead: { pooling: 10 },
      quizzes: { a: { response: '1', correct: false, at: 100, attempts: 2 }, b: { response: '3', correct: true, at: 50, attempts: 1 } },
      seed: 1,
    };
    const there: Progress = {
      lessonsRead: { resnet: 20, pooling: 5 },
      quizzes: { a: { response: '2', correct: true, at: 200, attempts: 1 }, c: { response: '0', correct: true, at: 1, attempts: 4 } },
      seed: 2,
    };
    expect(mergeProgress(here, there)).toEqual({
      lessonsRead: { pooling: 10, resnet: 20 },
      quizzes: {
        a: { response: '2', correct: true, at: 200, attempts: 3 },
        b: { response: '3', correct: true, at: 50, attempts: 1 },
        c: { response: '0', correct: true, at: 1, attempts: 4 },
      },
      seed: 2,
    });
  });
});

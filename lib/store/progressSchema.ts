/**
 * The shape of a reader's saved progress, its version, and how older versions are brought up
 * to date. Pure functions, tested on their own; the zustand store wraps them.
 */

export const PROGRESS_VERSION = 2;
export const PROGRESS_KEY = 'cnn-course-progress';

export interface QuizRecord {
  /** What the reader answered: a choice index or the typed number, as text. */
  response: string;
  correct: boolean;
  /** Milliseconds since 1970, when the answer was checked. */
  at: number;
}

export interface Progress {
  /** Lessons the reader has finished, by slug, with when. */
  lessonsRead: Record<string, number>;
  quizzes: Record<string, QuizRecord>;
}

export const emptyProgress = (): Progress => ({ lessonsRead: {}, quizzes: {} });

/** Version 1 (the first preview) kept a list of read slugs and the bare responses. */
interface ProgressV1 {
  read: string[];
  answers: Record<string, { response: string; correct: boolean }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const migrations: Record<number, (old: unknown) => unknown> = {
  1: (old) => {
    const v1 = old as ProgressV1;
    if (!isRecord(v1) || !Array.isArray(v1.read) || !isRecord(v1.answers)) throw new Error('version 1 data is malformed');
    return {
      lessonsRead: Object.fromEntries(v1.read.filter((s) => typeof s === 'string').map((s) => [s, 0])),
      quizzes: Object.fromEntries(Object.entries(v1.answers).map(([id, a]) => [id, { ...a, at: 0 }])),
    } satisfies Progress;
  },
};

/** Checks a value claimed to be current progress; throws with the reason when it is not. */
export function assertProgress(v: unknown): Progress {
  if (!isRecord(v) || !isRecord(v.lessonsRead) || !isRecord(v.quizzes)) throw new Error('progress has the wrong shape');
  for (const [slug, at] of Object.entries(v.lessonsRead)) {
    if (typeof at !== 'number') throw new Error(`lesson "${slug}" has no read time`);
  }
  for (const [id, q] of Object.entries(v.quizzes)) {
    if (!isRecord(q) || typeof q.response !== 'string' || typeof q.correct !== 'boolean' || typeof q.at !== 'number') {
      throw new Error(`quiz "${id}" is malformed`);
    }
  }
  return { lessonsRead: v.lessonsRead as Progress['lessonsRead'], quizzes: v.quizzes as Progress['quizzes'] };
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; progress: Progress }
  | { kind: 'migrated'; progress: Progress; from: number }
  | { kind: 'reset'; reason: string };

/** Reads a stored string: current data as is, older data migrated, anything else reset. */
export function loadProgress(stored: string | null): LoadResult {
  if (stored === null) return { kind: 'empty' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(stored);
  } catch {
    return { kind: 'reset', reason: 'the saved data was not readable' };
  }
  if (!isRecord(envelope) || typeof envelope.version !== 'number' || !('state' in envelope)) {
    return { kind: 'reset', reason: 'the saved data had no version' };
  }
  const from = envelope.version;
  if (from > PROGRESS_VERSION) return { kind: 'reset', reason: `it was saved by a newer version of the course (${from})` };
  try {
    let state = envelope.state;
    for (let v = from; v < PROGRESS_VERSION; v++) {
      const step = migrations[v];
      if (!step) throw new Error(`no migration from version ${v}`);
      state = step(state);
    }
    const progress = assertProgress(state);
    return from === PROGRESS_VERSION ? { kind: 'ok', progress } : { kind: 'migrated', progress, from };
  } catch (e) {
    return { kind: 'reset', reason: `the saved data was damaged (${(e as Error).message})` };
  }
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, state: progress });
}

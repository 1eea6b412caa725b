/**
 * The shape of a reader's saved progress, its version, and how older versions are brought up
 * to date. Pure functions, tested on their own; the zustand store wraps them.
 */

import { newStudentSeed } from '@/lib/quiz/seed';

export const PROGRESS_VERSION = 3;
export const PROGRESS_KEY = 'cnn-course-progress';

export interface QuizRecord {
  /** What the reader answered: a choice index or the typed number, as text. */
  response: string;
  correct: boolean;
  /** Milliseconds since 1970, when the answer was checked. */
  at: number;
  /** How many times the reader checked an answer to this question. */
  attempts: number;
}

export interface Progress {
  /** Lessons the reader has finished, by slug, with when. */
  lessonsRead: Record<string, number>;
  quizzes: Record<string, QuizRecord>;
  /** Draws this reader's numbers in parameterised questions (lib/quiz/seed.ts). */
  seed: number;
}

export const emptyProgress = (seed = newStudentSeed()): Progress => ({ lessonsRead: {}, quizzes: {}, seed });

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
    };
  },
  /** Version 2 had no attempt counts and no seed: each saved answer counts as one attempt. */
  2: (old) => {
    if (!isRecord(old) || !isRecord(old.quizzes)) throw new Error('version 2 data is malformed');
    const quizzes = Object.fromEntries(Object.entries(old.quizzes).map(([id, q]) => [id, isRecord(q) ? { ...q, attempts: 1 } : q]));
    return { ...old, quizzes, seed: newStudentSeed() };
  },
};

/** Checks a value claimed to be current progress; throws with the reason when it is not. */
export function assertProgress(v: unknown): Progress {
  if (!isRecord(v) || !isRecord(v.lessonsRead) || !isRecord(v.quizzes)) throw new Error('progress has the wrong shape');
  for (const [slug, at] of Object.entries(v.lessonsRead)) {
    if (typeof at !== 'number') throw new Error(`lesson "${slug}" has no read time`);
  }
  for (const [id, q] of Object.entries(v.quizzes)) {
    if (
      !isRecord(q) ||
      typeof q.response !== 'string' ||
      typeof q.correct !== 'boolean' ||
      typeof q.at !== 'number' ||
      typeof q.attempts !== 'number' ||
      !Number.isInteger(q.attempts) ||
      q.attempts < 1
    ) {
      throw new Error(`quiz "${id}" is malformed`);
    }
  }
  if (typeof v.seed !== 'number' || !Number.isInteger(v.seed) || v.seed < 0 || v.seed > 0xffffffff) throw new Error('the question seed is missing');
  return { lessonsRead: v.lessonsRead as Progress['lessonsRead'], quizzes: v.quizzes as Progress['quizzes'], seed: v.seed };
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
  return upgrade(envelope);
}

function upgrade(envelope: unknown): LoadResult {
  if (!isRecord(envelope) || typeof envelope.version !== 'number' || !Number.isInteger(envelope.version) || !('state' in envelope)) {
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

/** Marks an exported file as ours, so a foreign JSON file is refused rather than misread. */
export const EXPORT_FORMAT = 'cnn-course-progress';

/** The text of an exported progress file (pretty, so a curious reader can open it). */
export function exportProgress(progress: Progress, now = Date.now()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: new Date(now).toISOString(), state: progress }, null, 2);
}

export type ImportResult = { ok: true; progress: Progress; from: number } | { ok: false; error: string };

/** Reads an exported file; anything that is not a whole, valid progress file is refused. */
export function importProgress(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a progress file: it is not valid JSON.' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This file is not a CNN Course progress file (it has no "format": "cnn-course-progress").' };
  }
  const result = upgrade(data);
  if (result.kind === 'ok') return { ok: true, progress: result.progress, from: PROGRESS_VERSION };
  if (result.kind === 'migrated') return { ok: true, progress: result.progress, from: result.from };
  return { ok: false, error: `This progress file cannot be used: ${result.kind === 'reset' ? result.reason.replace('the saved data', 'it') : 'it is empty'}.` };
}

/**
 * Brings an imported file into the current progress: lessons read on either side stay read,
 * and for each question the more recent answer wins (attempts add up). The imported seed is
 * kept, so parameterised questions show the numbers the reader had on the other device.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  // Maps, not object assignment: a slug or question id may be "__proto__" (an own key after JSON.parse),
  // which `obj[id] = …` would turn into the object's prototype and lose.
  const lessonsRead = new Map(Object.entries(current.lessonsRead));
  for (const [slug, at] of Object.entries(incoming.lessonsRead)) lessonsRead.set(slug, Math.max(at, lessonsRead.get(slug) ?? 0));
  const quizzes = new Map(Object.entries(current.quizzes));
  for (const [id, q] of Object.entries(incoming.quizzes)) {
    const mine = quizzes.get(id);
    if (!mine) quizzes.set(id, q);
    else {
      const newer = q.at >= mine.at ? q : mine;
      quizzes.set(id, { ...newer, attempts: mine.attempts + q.attempts });
    }
  }
  return { lessonsRead: Object.fromEntries(lessonsRead), quizzes: Object.fromEntries(quizzes), seed: incoming.seed };
}

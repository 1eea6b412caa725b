/**
 * Per-student numbers for parameterised questions: each reader has one seed (kept with their
 * progress, so an exported file carries it), and each question mixes it with its own id, so two
 * questions, or two students, get different numbers, and one student always sees the same ones.
 */
import { MAX_SEED, mulberry32 } from '@/lib/random/prng';

/** FNV-1a over the UTF-16 code units of `text`, started from `seed`. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function questionSeed(studentSeed: number, questionId: string): number {
  return hashString(questionId, (studentSeed ^ 0x811c9dc5) >>> 0);
}

/** The random stream a generator draws from, for one student and one question. */
export function questionRandom(studentSeed: number, questionId: string): () => number {
  return mulberry32(questionSeed(studentSeed, questionId));
}

/** A new student seed, from the browser's crypto where there is one. */
export function newStudentSeed(random: () => number = Math.random): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0];
  return Math.floor(random() * MAX_SEED) >>> 0;
}

/** Helpers for generators: a whole number in [lo, hi], and one item of a list. */
export const pickInt = (next: () => number, lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
export const pickOne = <T,>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];

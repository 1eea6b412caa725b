/**
 * The progress file a reader imports and the progress kept in localStorage are read from
 * outside: whatever they hold, the reader gets their progress or a reason, never an exception,
 * and what is accepted merges into the current progress and saves and loads back as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProgress, emptyProgress, EXPORT_FORMAT, importProgress, loadProgress, mergeProgress, serializeProgress, type Progress } from '@/lib/store/progressSchema';
import { anyState, anyValue, SPECIAL_KEYS } from './arbitraryLinks';

const id = fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 8 }));
const record = fc.oneof(
  anyState(['response', 'correct', 'at', 'attempts']),
  fc.record({ response: fc.string({ maxLength: 6 }), correct: fc.boolean(), at: fc.oneof(fc.nat(), anyValue), attempts: fc.oneof(fc.integer({ min: -2, max: 5 }), anyValue) }),
);
const state = fc.oneof(
  anyState(['lessonsRead', 'quizzes', 'seed', 'read', 'answers']),
  fc.record({
    lessonsRead: fc.oneof(fc.dictionary(id, fc.oneof(fc.nat(), anyValue), { maxKeys: 4 }), anyValue),
    quizzes: fc.oneof(fc.dictionary(id, record, { maxKeys: 4 }), anyValue),
    seed: fc.oneof(fc.nat(), anyValue),
  }),
  fc.record({ read: fc.oneof(fc.array(fc.oneof(fc.string(), anyValue), { maxLength: 4 }), anyValue), answers: fc.oneof(fc.dictionary(id, record, { maxKeys: 4 }), anyValue) }),
);
const file = fc.oneof(
  anyValue,
  fc.record({
    format: fc.oneof(fc.constant<unknown>(EXPORT_FORMAT), anyValue),
    version: fc.oneof(fc.constantFrom<unknown>(1, 2, 3, 4, 0, -1, 2.5), anyValue),
    state,
  }),
);
// Through JSON text, as a file arrives ("__proto__" becomes an own key).
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), file.map((v) => JSON.stringify(v) ?? ''));

const plain = (p: Progress) => JSON.parse(JSON.stringify(p)) as unknown;

describe('progress files and saved progress against arbitrary input', () => {
  it('an imported file gives progress or a reason, and what it gives merges, saves and loads back', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = importProgress(t);
        if (!r.ok) {
          expect(r.error).toMatch(/^This (file|progress file)/);
          return;
        }
        expect(() => assertProgress(r.progress)).not.toThrow();
        const merged = mergeProgress(emptyProgress(7), r.progress);
        expect(Object.getPrototypeOf(merged.quizzes)).toBe(Object.prototype);
        expect(Object.getPrototypeOf(merged.lessonsRead)).toBe(Object.prototype);
        expect(Object.keys(merged.quizzes).sort()).toEqual(Object.keys(r.progress.quizzes).sort());
        expect(Object.keys(merged.lessonsRead).sort()).toEqual(Object.keys(r.progress.lessonsRead).sort());
        const loaded = loadProgress(serializeProgress(merged));
        expect(loaded.kind).toBe('ok');
        if (loaded.kind === 'ok') expect(plain(loaded.progress)).toEqual(plain(merged));
      }),
      {
        numRuns: 500,
        // A question or lesson named "__proto__" is an own key after JSON.parse: merging must keep it.
        examples: [['{"format":"cnn-course-progress","version":3,"state":{"lessonsRead":{"__proto__":5},"quizzes":{"__proto__":{"response":"1","correct":true,"at":1,"attempts":1}},"seed":3}}']],
      },
    );
  });

  it('stored progress of any text loads, migrates or resets with a reason', () => {
    const stored = fc.oneof(text, fc.record({ version: fc.constantFrom<unknown>(1, 2, 3, 4, -3, 1e308), state }).map((v) => JSON.stringify(v)));
    fc.assert(
      fc.property(stored, (s) => {
        const r = loadProgress(s);
        if (r.kind === 'reset') expect(r.reason.length).toBeGreaterThan(0);
        if (r.kind === 'ok' || r.kind === 'migrated') expect(() => assertProgress(r.progress)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

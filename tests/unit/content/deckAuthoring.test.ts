/**
 * Issue 16, "slides written as slides": a lesson whose deck has been authored for teaching keeps
 * every slide to SLIDE_BODY_LIMIT characters of prose, gives every slide speaker notes, and never
 * points "above" or "below". Lessons join AUTHORED as their decks are rewritten; the others are
 * listed by `npm run deck-audit` (scripts/deck-audit.mts) with what they still lack.
 */
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/lib/content/compileLesson';
import { allLessons } from '@/lib/content/lessons';
import { SLIDE_BODY_LIMIT } from '@/lib/content/slides';

const AUTHORED = ['what-is-a-cnn', 'receptive-fields', 'pooling', 'activations', 'batch-norm', 'losses', 'preprocessing', 'visualising-cnns', 'inception', 'resnet', 'attention', 'compression'];

describe('decks authored as slides', () => {
  const lessons = allLessons().filter((l) => AUTHORED.includes(l.slug));
  it('names only lessons that exist', () => {
    expect(lessons.map((l) => l.slug).sort()).toEqual([...AUTHORED].sort());
  });
  for (const lesson of lessons) {
    it(`${lesson.slug}: every slide has notes, at most ${SLIDE_BODY_LIMIT} characters of prose, and no "above"/"below"`, async () => {
      const { slides } = await compileLesson(lesson, runtime, 'slides');
      const problems = slides.flatMap((s) => [
        ...(s.hasNotes ? [] : [`${s.index + 1} "${s.title}": no speaker notes`]),
        ...(s.bodyChars <= SLIDE_BODY_LIMIT ? [] : [`${s.index + 1} "${s.title}": ${s.bodyChars} characters`]),
        ...(s.pointers.length ? [`${s.index + 1} "${s.title}": says ${s.pointers.join(', ')}`] : []),
      ]);
      expect(problems).toEqual([]);
    });
  }
});

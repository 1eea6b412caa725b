/**
 * Every section of the five study notes is taught by some lesson (`covers:`) or deliberately
 * left out with a reason (`leftOut:`). The map of sections lives in lib/content/noteSections.ts.
 */
import { describe, expect, it } from 'vitest';
import { allLessons } from '@/lib/content/lessons';
import { NOTES, NOTE_SECTIONS, parseLeftOut } from '@/lib/content/noteSections';

const lessons = allLessons();
const claimed = new Map<string, string[]>();
for (const l of lessons) {
  const ids = [...l.covers, ...(l.leftOut ?? []).map((e) => parseLeftOut(e)!.section)];
  for (const id of ids) claimed.set(id, [...(claimed.get(id) ?? []), l.slug]);
}

describe('the study notes are covered', () => {
  it('maps sections of all five notes, each id once', () => {
    const ids = NOTE_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const note of Object.keys(NOTES)) expect(ids.some((id) => id.startsWith(`${note}:`)), note).toBe(true);
  });

  it.each(NOTE_SECTIONS.map((s) => [s.id, s.title]))('%s (%s) is covered or left out by a lesson', (id) => {
    expect(claimed.get(id), `no lesson covers ${id} or lists it under leftOut`).toBeDefined();
  });
});

/**
 * Every question of every lesson: its props are valid, its key grades the reference answer
 * correct and known wrong answers incorrect, parameterised questions hold for many students,
 * and each lesson asks enough (five questions, one numeric or parameterised, one challenge).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allLessons } from '@/lib/content/lessons';
import { challenges, generatedSpec, grade, questionRandom, referenceResponse, validateChallengeProps, validateQuizProps, type QuestionSpec } from '@/lib/quiz';
import { lessonQuestions } from './lessonQuestions';

function wrongResponses(spec: QuestionSpec): { response: string; feedback?: string }[] {
  switch (spec.kind) {
    case 'choice':
      return spec.choices.map((_, i) => ({ response: String(i) })).filter((r) => r.response !== String(spec.answer));
    case 'multi': {
      const all = spec.choices.map((_, i) => i);
      const wrong = all.filter((i) => !spec.answer.includes(i)).map((i) => ({ response: [...spec.answer, i].sort().join(',') }));
      return spec.answer.length > 1 ? [...wrong, { response: String(spec.answer[0]) }] : wrong;
    }
    case 'numeric':
      return spec.mistakes.map((m) => ({ response: String(m.value), feedback: m.feedback }));
    case 'order':
      return [{ response: spec.items.map((_, i) => spec.items.length - 1 - i).join(',') }];
  }
}

function expectKey(where: string, spec: QuestionSpec) {
  expect(grade(spec, referenceResponse(spec)), `${where}: the reference answer`).toMatchObject({ ok: true, correct: true });
  const wrong = wrongResponses(spec);
  expect(wrong.length, `${where}: has a known wrong answer (numeric questions need mistakes={[…]})`).toBeGreaterThan(0);
  for (const w of wrong) {
    const g = grade(spec, w.response);
    expect(g, `${where}: wrong answer ${w.response}`).toMatchObject({ ok: true, correct: false });
    if (w.feedback && g.ok) expect(g.feedback, `${where}: feedback for ${w.response}`).toContain(w.feedback);
  }
}

const challengeTests = path.join(process.cwd(), 'tests/unit/quiz/challenges');

describe.each(allLessons().map((l) => [l.slug, l] as const))('the questions of %s', (slug, lesson) => {
  it('are enough: five or more, one numeric or parameterised, one widget challenge', async () => {
    const { quizzes, challenges: found } = await lessonQuestions(lesson);
    expect(quizzes.length + found.length).toBeGreaterThanOrEqual(5);
    expect(quizzes.filter((q) => q.props.kind === 'numeric').length, 'numeric or parameterised questions').toBeGreaterThanOrEqual(1);
    expect(found.length, 'widget challenges').toBeGreaterThanOrEqual(1);
  });

  it('have answer keys that accept the answer and refuse known mistakes', async () => {
    const { quizzes } = await lessonQuestions(lesson);
    for (const q of quizzes) {
      const def = validateQuizProps(q.props);
      const where = `${slug}: ${String(q.props.id)}`;
      if (!def.ok) throw new Error(`${where}: ${def.error}`);
      if ('spec' in def) {
        expectKey(where, def.spec);
        continue;
      }
      for (let student = 0; student < 40; student++) {
        const seed = (student * 2654435761) >>> 0;
        const g = generatedSpec(def.generator, questionRandom(seed, def.id), def.unit);
        for (const name of q.params) expect(g.params, `${where}: <Param name="${name}"/>`).toHaveProperty(name);
        expect(Number.isFinite(g.spec.kind === 'numeric' && g.spec.answer), `${where}: answer`).toBe(true);
        expectKey(`${where} (student seed ${seed})`, g.spec);
      }
    }
  });

  it('have challenges with a known grader, on the widget it grades, tested with a right and a wrong state', async () => {
    const { challenges: found } = await lessonQuestions(lesson);
    const testFile = path.join(challengeTests, `${slug}.test.ts`);
    const testText = fs.existsSync(testFile) ? fs.readFileSync(testFile, 'utf8') : '';
    for (const c of found) {
      const def = validateChallengeProps(c.props);
      const where = `${slug}: ${String(c.props.id)}`;
      if (!def.ok) throw new Error(`${where}: ${def.error}`);
      const graded = def.widget ? c.widgets.filter((w) => w.id === def.widget) : c.widgets;
      expect(graded.length, `${where}: wraps one widget to grade`).toBe(1);
      expect(graded[0].name, `${where}: the widget its grader reads`).toBe(challenges[def.check].widget);
      expect(testText, `${where}: tests/unit/quiz/challenges/${slug}.test.ts grades "${def.check}"`).toContain(`'${def.check}'`);
    }
  });
});

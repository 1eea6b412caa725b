import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/lib/content/compileLesson';
import { allLessons, type LessonSource } from '@/lib/content/lessons';
import { questionHtml } from '@/components/review/questionHtml';

const fake = (body: string): LessonSource => ({
  file: 'lessons/fake.mdx',
  body,
  title: 'Fake',
  slug: 'fake',
  order: 1,
  summary: 's',
  objectives: ['o'],
  covers: ['000:3-2'],
});

describe('compiling a lesson', () => {
  it('collects h2/h3 headings with ids, math reduced to its text', async () => {
    const { headings } = await compileLesson(fake('## Padding and $p$\n\ntext\n\n### Why odd kernels\n'), runtime);
    expect(headings).toEqual([
      { depth: 2, id: 'padding-and-p', text: 'Padding and p' },
      { depth: 3, id: 'why-odd-kernels', text: 'Why odd kernels' },
    ]);
  });

  it('collects quiz ids and refuses a quiz without one', async () => {
    const { quizIds } = await compileLesson(fake('<Quiz id="a" kind="numeric" answer={1}>Q</Quiz>\n\n<Quiz id="b" kind="numeric" answer={2}>Q</Quiz>'), runtime);
    expect(quizIds).toEqual(['a', 'b']);
    await expect(compileLesson(fake('<Quiz kind="numeric" answer={1}>Q</Quiz>\n'), runtime)).rejects.toThrow('lessons/fake.mdx: a <Quiz> has no id');
  });

  it('keeps a question\'s inline math apart, so the review page can typeset it', async () => {
    const { questions } = await compileLesson(fake('<Quiz id="m" kind="numeric" answer={1}>What is $\\begin{bmatrix}1 & 2\\end{bmatrix}$ summed?</Quiz>\n'), runtime);
    expect(questions[0].parts).toEqual([{ text: 'What is ' }, { tex: '\\begin{bmatrix}1 & 2\\end{bmatrix}' }, { text: ' summed?' }]);
    expect(questions[0].text).toBe('What is \\begin{bmatrix}1 & 2\\end{bmatrix} summed?');
    expect(questionHtml(questions[0].parts)).toMatch(/^What is <span class="katex">.*<\/span> summed\?$/);
    expect(questionHtml([{ text: '<b>x</b>' }])).toBe('&lt;b&gt;x&lt;/b&gt;');
  });

  it('fails with the file name on bad TeX, instead of shipping broken math', async () => {
    await expect(compileLesson({ ...fake('$$\\frac{1$$\n'), file: 'lessons/bad-math.mdx' }, runtime)).rejects.toThrow('lessons/bad-math.mdx');
  });

  it('compiles every lesson of the course, with unique quiz ids across lessons', async () => {
    const seen = new Map<string, string>();
    for (const lesson of allLessons()) {
      const { headings, quizIds } = await compileLesson(lesson, runtime);
      expect(headings.length, `${lesson.file} has sections`).toBeGreaterThan(0);
      for (const id of quizIds) {
        expect(seen.get(id), `quiz id ${id} is reused`).toBeUndefined();
        seen.set(id, lesson.slug);
      }
    }
  }, 120_000);

  it('writes display formulas on lines of their own ($$ on one line renders inline)', () => {
    for (const lesson of allLessons()) {
      const oneLine = lesson.body.split('\n').filter((l) => /^\s*\$\$.+\$\$\s*$/.test(l));
      expect(oneLine, lesson.file).toEqual([]);
    }
  });
});

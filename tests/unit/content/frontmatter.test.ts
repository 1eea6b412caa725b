import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from '@/lib/content/frontmatter';
import { allLessons, readLesson } from '@/lib/content/lessons';

const good = {
  title: 'Convolution',
  slug: 'convolution',
  order: 2,
  summary: 'Kernels sliding over images.',
  objectives: ['compute an output size'],
  covers: ['000:3-2'],
};

describe('lesson frontmatter', () => {
  it('accepts a complete frontmatter', () => {
    expect(validateFrontmatter('lessons/convolution.mdx', good)).toEqual(good);
  });

  it.each([
    ['title', undefined, 'lessons/x.mdx: frontmatter field "title" is missing'],
    ['order', 'two', 'field "order" must be a whole number'],
    ['order', 0, 'field "order" must be a whole number'],
    ['slug', 'Convolution Basics', 'field "slug" must be lower-case'],
    ['objectives', [], 'field "objectives" must be a non-empty list'],
    ['covers', 'x', 'field "covers" must be a non-empty list'],
    ['summary', '  ', 'field "summary" must be a non-empty string'],
    ['covers', ['3-2'], 'field "covers[0]" must be a section of lib/content/noteSections.ts, such as "000:3-11" or "004:7.5" (got "3-2")'],
    ['covers', ['000:3-8'], 'field "covers[0]" must be a section of lib/content/noteSections.ts'],
    ['leftOut', ['003:code'], 'field "leftOut[0]" must be "<section>: <why it is left out>" (got "003:code")'],
    ['leftOut', ['003:cod: not in the note'], 'field "leftOut[0]" must start with a section of lib/content/noteSections.ts'],
    ['leftOut', [], 'field "leftOut" must be a non-empty list'],
  ])('names the file and the field when %s is %j', (field, value, message) => {
    const data: Record<string, unknown> = { ...good, [field]: value };
    if (value === undefined) delete data[field];
    expect(() => validateFrontmatter('lessons/x.mdx', data)).toThrow(message);
  });

  it('accepts sections left out with a reason', () => {
    const data = { ...good, leftOut: ['003:code: the note only points to code it does not include'] };
    expect(validateFrontmatter('lessons/x.mdx', data)).toEqual(data);
  });

  it('rejects an unknown field, so a typo is not silently ignored', () => {
    expect(() => validateFrontmatter('lessons/x.mdx', { ...good, summery: 'typo' })).toThrow('field "summery" is not a known field');
  });

  it('rejects a file whose slug does not match its name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
    const file = path.join(dir, 'pooling.mdx');
    fs.writeFileSync(file, `---\ntitle: P\nslug: convolution\norder: 3\nsummary: s\nobjectives: [a]\ncovers: ["000:3-9"]\n---\nText`);
    expect(() => readLesson(file)).toThrow('field "slug" must match the file name ("pooling")');
  });

  it('rejects two lessons with the same order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
    for (const slug of ['a', 'b']) {
      fs.writeFileSync(path.join(dir, `${slug}.mdx`), `---\ntitle: ${slug}\nslug: ${slug}\norder: 1\nsummary: s\nobjectives: [o]\ncovers: ["000:3-2"]\n---\n`);
    }
    expect(() => allLessons(dir)).toThrow('field "order" repeats 1');
  });
});

describe('the course', () => {
  const lessons = allLessons();
  it('starts with the two lessons of the first issue, in order', () => {
    expect(lessons.slice(0, 2).map((l) => l.slug)).toEqual(['what-is-a-cnn', 'convolution']);
  });
  it('has lesson orders that are unique and increasing', () => {
    const orders = lessons.map((l) => l.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

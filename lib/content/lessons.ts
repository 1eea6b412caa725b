/**
 * Lesson discovery: every `lessons/*.mdx`, its validated frontmatter, in course order.
 * Runs at build time only (Node fs).
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { FrontmatterError, validateFrontmatter, type LessonFrontmatter } from './frontmatter';

export interface LessonSource extends LessonFrontmatter {
  file: string;
  body: string;
}

export const lessonsDir = path.join(process.cwd(), 'lessons');

export function readLesson(file: string): LessonSource {
  const raw = fs.readFileSync(file, 'utf8');
  const name = path.relative(process.cwd(), file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw);
  } catch (e) {
    throw new FrontmatterError(name, '(all)', `is not valid YAML: ${(e as Error).message}`);
  }
  const fm = validateFrontmatter(name, Object.keys(parsed.data).length ? parsed.data : undefined);
  const expected = path.basename(file, '.mdx');
  if (fm.slug !== expected) throw new FrontmatterError(name, 'slug', `must match the file name ("${expected}")`);
  return { ...fm, file: name, body: parsed.content };
}

// A build reads the folder once; `next dev` re-reads it so edits show up.
const cacheable = process.env.NODE_ENV === 'production';
let cache: LessonSource[] | null = null;

export function allLessons(dir = lessonsDir): LessonSource[] {
  if (cacheable && cache && dir === lessonsDir) return cache;
  const lessons = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readLesson(path.join(dir, f)))
    .sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    if (lessons[i].order === lessons[i - 1].order) {
      throw new FrontmatterError(lessons[i].file, 'order', `repeats ${lessons[i].order}, already used by ${lessons[i - 1].file}`);
    }
  }
  if (dir === lessonsDir) cache = lessons;
  return lessons;
}

export function lessonBySlug(slug: string): LessonSource | undefined {
  return allLessons().find((l) => l.slug === slug);
}

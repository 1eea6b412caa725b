/**
 * The typed frontmatter every lesson carries. Validation names the file and the field, so a
 * broken lesson fails the build with a message an author can act on.
 */

import { isNoteSection, parseLeftOut } from './noteSections';

export interface LessonFrontmatter {
  title: string;
  slug: string;
  order: number;
  summary: string;
  /** What the reader can do after the lesson. */
  objectives: string[];
  /** Sections of the study notes the lesson teaches, as in lib/content/noteSections: "000:3-2". */
  covers: string[];
  /** Sections it deliberately leaves out, each with the reason: "003:code: why". Optional. */
  leftOut?: string[];
}

export class FrontmatterError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: frontmatter field "${field}" ${problem}`);
    this.name = 'FrontmatterError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SECTION_HINT = 'a section of lib/content/noteSections.ts, such as "000:3-11" or "004:7.5"';

function noteSections(file: string, field: string, items: string[]): string[] {
  items.forEach((id, i) => {
    if (!isNoteSection(id)) throw new FrontmatterError(file, `${field}[${i}]`, `must be ${SECTION_HINT} (got "${id}")`);
  });
  return items;
}

function leftOutList(file: string, data: Record<string, unknown>): string[] | undefined {
  if (data.leftOut === undefined) return undefined;
  const items = stringList(file, data, 'leftOut');
  items.forEach((entry, i) => {
    const parsed = parseLeftOut(entry);
    if (!parsed) throw new FrontmatterError(file, `leftOut[${i}]`, `must be "<section>: <why it is left out>" (got "${entry}")`);
    if (!isNoteSection(parsed.section)) throw new FrontmatterError(file, `leftOut[${i}]`, `must start with ${SECTION_HINT} (got "${parsed.section}")`);
  });
  return items;
}

function nonEmptyString(file: string, data: Record<string, unknown>, field: string): string {
  const v = data[field];
  if (v === undefined) throw new FrontmatterError(file, field, 'is missing');
  if (typeof v !== 'string' || v.trim() === '') throw new FrontmatterError(file, field, 'must be a non-empty string');
  return v.trim();
}

function stringList(file: string, data: Record<string, unknown>, field: string): string[] {
  const v = data[field];
  if (v === undefined) throw new FrontmatterError(file, field, 'is missing');
  if (!Array.isArray(v) || v.length === 0) throw new FrontmatterError(file, field, 'must be a non-empty list');
  return v.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new FrontmatterError(file, `${field}[${i}]`, 'must be a non-empty string');
    }
    return item.trim();
  });
}

export function validateFrontmatter(file: string, data: unknown): LessonFrontmatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontmatterError(file, '(all)', 'is missing: start the file with a --- YAML block ---');
  }
  const d = data as Record<string, unknown>;
  const slug = nonEmptyString(file, d, 'slug');
  if (!SLUG.test(slug)) throw new FrontmatterError(file, 'slug', `must be lower-case words joined by hyphens (got "${slug}")`);
  const order = d.order;
  if (order === undefined) throw new FrontmatterError(file, 'order', 'is missing');
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
    throw new FrontmatterError(file, 'order', `must be a whole number from 1 (got ${JSON.stringify(order)})`);
  }
  const known = new Set(['title', 'slug', 'order', 'summary', 'objectives', 'covers', 'leftOut']);
  for (const key of Object.keys(d)) {
    if (!known.has(key)) throw new FrontmatterError(file, key, `is not a known field (known: ${[...known].join(', ')})`);
  }
  const leftOut = leftOutList(file, d);
  return {
    title: nonEmptyString(file, d, 'title'),
    slug,
    order,
    summary: nonEmptyString(file, d, 'summary'),
    objectives: stringList(file, d, 'objectives'),
    covers: noteSections(file, 'covers', stringList(file, d, 'covers')),
    ...(leftOut ? { leftOut } : {}),
  };
}

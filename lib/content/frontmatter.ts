/**
 * The typed frontmatter every lesson carries. Validation names the file and the field, so a
 * broken lesson fails the build with a message an author can act on.
 */

export interface LessonFrontmatter {
  title: string;
  slug: string;
  order: number;
  summary: string;
  /** What the reader can do after the lesson. */
  objectives: string[];
  /** Sections of the study notes the lesson mirrors, e.g. "3-2". */
  covers: string[];
}

export class FrontmatterError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: frontmatter field "${field}" ${problem}`);
    this.name = 'FrontmatterError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  const known = new Set(['title', 'slug', 'order', 'summary', 'objectives', 'covers']);
  for (const key of Object.keys(d)) {
    if (!known.has(key)) throw new FrontmatterError(file, key, `is not a known field (known: ${[...known].join(', ')})`);
  }
  return {
    title: nonEmptyString(file, d, 'title'),
    slug,
    order,
    summary: nonEmptyString(file, d, 'summary'),
    objectives: stringList(file, d, 'objectives'),
    covers: stringList(file, d, 'covers'),
  };
}

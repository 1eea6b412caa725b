/** Every published figure a lesson quotes is printed as its source (publishedFigures.ts) gives it. */
import { describe, it } from 'vitest';
import { PUBLISHED } from './publishedFigures';
import { read, shows } from './lessonSource';

describe('published figures', () => {
  it.each(PUBLISHED.map((f) => [f.slug, f.text.slice(0, 50), f]))('%s: "%s…"', (_slug, _start, f) => {
    shows(read(f.slug), f.text);
  });
});

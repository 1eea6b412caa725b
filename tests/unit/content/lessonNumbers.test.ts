/**
 * Checks that span lessons: the convolution stepper is asked (by any lesson) only for inputs and
 * kernels it has, and every quiz id is prefixed with its lesson's slug.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KERNEL_NAMES } from '@/components/widgets/ConvolutionStepper/kernels';
import { INPUTS_BY_MODE, inputSource, type Mode } from '@/components/widgets/shared/stepper/presets';
import { quizzes, read, shows } from './lessonSource';

describe('widgets in both lessons', () => {
  it('convolve the 5 × 5 grid the convolution lesson describes', () => {
    const grid = inputSource('grid', 'gray');
    expect(grid.kind === 'inline' && [grid.image.height, grid.image.width]).toEqual([5, 5]);
    shows(read('convolution'), 'On this 5 × 5 grid');
  });

  it('ask the convolution stepper only for inputs and kernels it has', () => {
    for (const slug of ['what-is-a-cnn', 'convolution']) {
      for (const [tag] of read(slug).matchAll(/<ConvolutionStepper\b[^>]*\/>/g)) {
        const attr = (name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
        const mode = (attr('mode') ?? 'gray') as Mode;
        expect(INPUTS_BY_MODE[mode], tag).toContain(attr('input'));
        expect(KERNEL_NAMES, tag).toContain(attr('kernel'));
      }
    }
  });
});

describe('quiz ids of every lesson', () => {
  it('are prefixed with their lesson slug', () => {
    const slugs = readdirSync(path.resolve(__dirname, '../../../lessons')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
    expect(slugs.length).toBeGreaterThanOrEqual(2);
    for (const slug of slugs) {
      for (const id of quizzes(read(slug)).keys()) expect(id.startsWith(`${slug}-`), id).toBe(true);
    }
  });
});

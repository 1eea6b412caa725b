/** Binds the lesson compiler in lib/content to React's JSX runtime. Server-side only. */
import * as runtime from 'react/jsx-runtime';
import type { ComponentType } from 'react';
import { compileLesson as compileWith } from '@/lib/content/compileLesson';
import type { LessonSource } from '@/lib/content/lessons';

export async function compileLesson(lesson: LessonSource) {
  const compiled = await compileWith(lesson, runtime);
  return { ...compiled, Content: compiled.Content as ComponentType<{ components?: Record<string, unknown> }> };
}

/** The same lesson split into slides (lib/content/slides.ts), for the deck and presenter view. */
export async function compileLessonSlides(lesson: LessonSource) {
  const compiled = await compileWith(lesson, runtime, 'slides');
  return { ...compiled, Content: compiled.Content as ComponentType<{ components?: Record<string, unknown> }> };
}

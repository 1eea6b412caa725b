/**
 * What the three routes of a lesson (reading, slides, presenter) share: one static page per
 * lesson, its metadata, and the lesson a route's params name (a 404 for any other slug).
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allLessons, lessonBySlug } from '@/lib/content/lessons';

export type LessonParams = { params: Promise<{ slug: string }> };

export function lessonStaticParams() {
  return allLessons().map((l) => ({ slug: l.slug }));
}

/** The page title: the lesson's, with the view's name after it for slides and presenter. */
export async function lessonMetadata({ params }: LessonParams, view?: string): Promise<Metadata> {
  const lesson = lessonBySlug((await params).slug);
  if (!lesson) return {};
  return { title: view ? `${lesson.title} (${view})` : lesson.title, description: lesson.summary };
}

export async function lessonOf({ params }: LessonParams) {
  const lesson = lessonBySlug((await params).slug);
  if (!lesson) notFound();
  return lesson;
}

/**
 * Progress summed per lesson and over the course, from the saved answers and the question ids
 * each lesson has (collected at build time). Pure; the course map, the sidebar and the review
 * page share it.
 */
import type { Progress } from './progressSchema';

export interface LessonQuestions {
  slug: string;
  questionIds: string[];
}

export interface LessonTally {
  slug: string;
  total: number;
  answered: number;
  right: number;
  /** Answered, and wrong at the last check. */
  missed: number;
  attempts: number;
  /** Every question answered right. */
  complete: boolean;
  read: boolean;
}

export function tallyLesson(lesson: LessonQuestions, progress: Pick<Progress, 'quizzes' | 'lessonsRead'>): LessonTally {
  let answered = 0;
  let right = 0;
  let attempts = 0;
  for (const id of lesson.questionIds) {
    const q = progress.quizzes[id];
    if (!q) continue;
    answered++;
    attempts += q.attempts;
    if (q.correct) right++;
  }
  const total = lesson.questionIds.length;
  return {
    slug: lesson.slug,
    total,
    answered,
    right,
    missed: answered - right,
    attempts,
    complete: total > 0 && right === total,
    read: lesson.slug in progress.lessonsRead,
  };
}

export function tallyCourse(lessons: LessonQuestions[], progress: Pick<Progress, 'quizzes' | 'lessonsRead'>) {
  const perLesson = lessons.map((l) => tallyLesson(l, progress));
  const sum = (k: 'total' | 'answered' | 'right' | 'missed' | 'attempts') => perLesson.reduce((a, t) => a + t[k], 0);
  return {
    perLesson,
    total: sum('total'),
    answered: sum('answered'),
    right: sum('right'),
    missed: sum('missed'),
    attempts: sum('attempts'),
    complete: perLesson.filter((t) => t.complete).length,
    read: perLesson.filter((t) => t.read).length,
  };
}

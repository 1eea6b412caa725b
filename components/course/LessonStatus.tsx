'use client';
import { useProgress } from './useProgress';

/** "Read · 2 of 4 questions right" for one lesson, from the reader's saved progress. */
export function LessonStatus({ slug, quizIds, compact = false }: { slug: string; quizIds: string[]; compact?: boolean }) {
  const hydrated = useProgress((s) => s.hydrated);
  const read = useProgress((s) => slug in s.lessonsRead);
  const quizzes = useProgress((s) => s.quizzes);
  if (!hydrated) return null;
  const right = quizIds.filter((id) => quizzes[id]?.correct).length;
  if (compact) {
    return read ? (
      <span className="lesson-check" aria-label="read" title="Read">
        ✓
      </span>
    ) : null;
  }
  return (
    <span className="lesson-status" data-lesson-status={slug}>
      {read ? 'Read' : 'Not read yet'}
      {quizIds.length ? ` · ${right} of ${quizIds.length} questions right` : ''}
    </span>
  );
}

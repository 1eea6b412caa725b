'use client';
import { tallyLesson } from '@/lib/store/courseProgress';
import { useProgress } from './useProgress';
import { progressStrings as t } from './strings';

/**
 * One lesson's progress: "Read · 2 of 4 questions right" on the course map, and in the sidebar
 * (compact) a check mark once every question is right, or "2/4" while some are.
 */
export function LessonStatus({ slug, quizIds, compact = false }: { slug: string; quizIds: string[]; compact?: boolean }) {
  const hydrated = useProgress((s) => s.hydrated);
  const lessonsRead = useProgress((s) => s.lessonsRead);
  const quizzes = useProgress((s) => s.quizzes);
  if (!hydrated) return null;
  const tally = tallyLesson({ slug, questionIds: quizIds }, { lessonsRead, quizzes });
  if (compact) {
    if (tally.complete) {
      return (
        <span className="lesson-check" data-lesson-check={slug} role="img" aria-label={t.checkLabel(tally.total)} title={t.checkLabel(tally.total)}>
          ✓
        </span>
      );
    }
    return tally.right > 0 ? (
      <span className="lesson-partial" role="img" aria-label={t.partialLabel(tally.right, tally.total)} title={t.partialLabel(tally.right, tally.total)}>
        {tally.right}/{tally.total}
      </span>
    ) : null;
  }
  return (
    <span className="lesson-status" data-lesson-status={slug}>
      {tally.complete ? (
        <span className="lesson-check" data-lesson-check={slug} role="img" aria-label={t.checkLabel(tally.total)}>
          ✓{' '}
        </span>
      ) : null}
      {tally.read ? t.read : t.notRead}
      {tally.total ? ` · ${t.rightOf(tally.right, tally.total)}` : ''}
      {tally.complete ? ` · ${t.complete}` : ''}
    </span>
  );
}

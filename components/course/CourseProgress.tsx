'use client';
import Link from 'next/link';
import { tallyCourse, type LessonQuestions } from '@/lib/store/courseProgress';
import { useProgress } from './useProgress';
import { progressStrings as t } from './strings';

/** The course total on the course map, with the way to the review page. */
export function CourseProgress({ lessons }: { lessons: LessonQuestions[] }) {
  const hydrated = useProgress((s) => s.hydrated);
  const lessonsRead = useProgress((s) => s.lessonsRead);
  const quizzes = useProgress((s) => s.quizzes);
  const tally = hydrated ? tallyCourse(lessons, { lessonsRead, quizzes }) : null;
  return (
    <p className="course-progress" data-course-progress>
      {tally ? <span>{t.courseSummary(tally.right, tally.total, tally.complete, lessons.length)} </span> : null}
      <Link href="/review/">{t.reviewLink}</Link>
    </p>
  );
}

'use client';
import Link from 'next/link';
import { useState } from 'react';
import { Segmented } from '@/components/ui';
import { tallyCourse } from '@/lib/store/courseProgress';
import { useProgress } from '@/components/course/useProgress';
import { progressStrings as t } from '@/components/course/strings';
import styles from './Review.module.css';

const FILTERS = ['missed', 'all'] as const;

interface ReviewLesson {
  slug: string;
  title: string;
  order: number;
  /** Each question's opening words: plain, and as HTML with its math typeset (made on the server from the lesson). */
  questions: { id: string; kind: string; text: string; html: string }[];
}

/** Every question of the course with the reader's result; by default only what is left to do. */
export function ReviewList({ lessons }: { lessons: ReviewLesson[] }) {
  const hydrated = useProgress((s) => s.hydrated);
  const quizzes = useProgress((s) => s.quizzes);
  const lessonsRead = useProgress((s) => s.lessonsRead);
  const [all, setAll] = useState(false);
  const tally = tallyCourse(
    lessons.map((l) => ({ slug: l.slug, questionIds: l.questions.map((q) => q.id) })),
    { quizzes, lessonsRead },
  );
  return (
    <section aria-labelledby="review-list" className={styles.list} aria-busy={!hydrated}>
      <h2 id="review-list" className="visually-hidden">
        {t.reviewTitle}
      </h2>
      <p className={styles.summary} data-review-summary>
        {hydrated ? t.courseSummary(tally.right, tally.total, tally.complete, lessons.length) : '…'}
      </p>
      <Segmented
        className={styles.filter}
        legend={t.filterLabel}
        name="review-filter"
        options={FILTERS}
        value={all ? 'all' : 'missed'}
        label={(f) => (f === 'all' ? t.showAll : t.showMissed)}
        onChange={(f) => setAll(f === 'all')}
      />
      {lessons.map((lesson, i) => {
        const lt = tally.perLesson[i];
        const shown = lesson.questions.filter((q) => all || !quizzes[q.id]?.correct);
        return (
          <section key={lesson.slug} className={styles.lesson} data-review-lesson={lesson.slug} aria-labelledby={`review-${lesson.slug}`}>
            <h3 id={`review-${lesson.slug}`}>
              <Link href={`/lessons/${lesson.slug}/`}>
                {lesson.order}. {lesson.title}
              </Link>{' '}
              <span className={styles.count}>
                {lt.complete ? <span className="lesson-check">✓ </span> : null}
                {t.rightOf(lt.right, lt.total)}
              </span>
            </h3>
            {shown.length === 0 ? (
              <p className={styles.none}>{t.nothingMissed}</p>
            ) : (
              <ul>
                {shown.map((q) => {
                  const r = quizzes[q.id];
                  const state = !r ? 'open' : r.correct ? 'right' : 'wrong';
                  return (
                    <li key={q.id} data-review-question={q.id} data-state={state} className={styles.question}>
                      <Link href={`/lessons/${lesson.slug}/#q-${q.id}`}>{q.html ? <span dangerouslySetInnerHTML={{ __html: q.html }} /> : q.id}</Link>
                      <span className={styles.meta}>
                        {t.kind[q.kind] ?? q.kind} · <span className={styles[state]}>{state === 'open' ? t.statusOpen : state === 'right' ? t.statusRight : t.statusWrong(r!.attempts)}</span>
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

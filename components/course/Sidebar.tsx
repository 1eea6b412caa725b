import Link from 'next/link';
import { LessonStatus } from './LessonStatus';

export interface LessonLink {
  slug: string;
  title: string;
  order: number;
  /** Ids of the lesson's questions, for its check mark. */
  quizIds: string[];
}

function LessonList({ lessons, current }: { lessons: LessonLink[]; current: string }) {
  return (
    <ol>
      {lessons.map((l) => (
        <li key={l.slug}>
          <Link href={`/lessons/${l.slug}/`} aria-current={l.slug === current ? 'page' : undefined}>
            <span className="lesson-number">{l.order}.</span> {l.title}
          </Link>{' '}
          <LessonStatus slug={l.slug} quizIds={l.quizIds} compact />
        </li>
      ))}
      <li className="sidebar-home">
        <Link href="/">Course map</Link>
      </li>
      <li>
        <Link href="/review/">Review your answers</Link>
      </li>
    </ol>
  );
}

/**
 * The list of lessons: a column beside the text on wide screens, a closed disclosure above it
 * on a phone (CSS shows one or the other).
 */
export function Sidebar({ lessons, current }: { lessons: LessonLink[]; current: string }) {
  return (
    <>
      <nav className="sidebar wide-only" aria-label="Lessons">
        <p className="sidebar-heading">Lessons</p>
        <LessonList lessons={lessons} current={current} />
      </nav>
      <nav className="sidebar-phone narrow-only" aria-label="Lessons">
        <details>
          <summary>All lessons</summary>
          <LessonList lessons={lessons} current={current} />
        </details>
      </nav>
    </>
  );
}

import Link from 'next/link';
import type { LessonLink } from './Sidebar';

export function LessonNav({ prev, next }: { prev?: LessonLink; next?: LessonLink }) {
  return (
    <nav className="lesson-nav" aria-label="Previous and next lesson">
      {prev ? (
        <Link href={`/lessons/${prev.slug}/`} rel="prev" className="lesson-nav-prev">
          <span className="lesson-nav-dir">← Previous</span>
          <span>{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}/`} rel="next" className="lesson-nav-next">
          <span className="lesson-nav-dir">Next →</span>
          <span>{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}

import type { LessonSource } from '@/lib/content/lessons';
import { S } from './strings';

/** The top of the opening slide: the lesson's kicker, title and summary. */
export function TitleSlide({ lesson }: { lesson: Pick<LessonSource, 'order' | 'title' | 'summary'> }) {
  return (
    <header className="slide-title-block">
      <p className="slide-kicker">{S.lessonKicker(lesson.order)}</p>
      <p className="slide-lesson-title">{lesson.title}</p>
      <p className="slide-summary">{lesson.summary}</p>
    </header>
  );
}

import { lessonMetadata, lessonOf, lessonStaticParams, type LessonParams } from '../lessonRoute';
import { Presenter } from '@/components/slides/Presenter';
import { SlideFrame } from '@/components/slides/SlideFrame';
import { TitleSlide } from '@/components/slides/TitleSlide';
import { renderSlides } from '@/components/slides/renderSlides';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonStaticParams();
}

export async function generateMetadata(props: LessonParams) {
  return { ...(await lessonMetadata(props, 'presenter view')), robots: { index: false } };
}

/** The presenter view: the deck with its speaker notes, the next slide and the time. */
export default async function PresenterPage(props: LessonParams) {
  const lesson = await lessonOf(props);
  const { slug } = lesson;
  const { slides, bodies, notes } = await renderSlides(lesson);
  const notesOf = notes();
  return (
    <Presenter slug={slug} lessonTitle={lesson.title} slides={slides} readingHref={`/lessons/${slug}/`} deckHref="../slides/" notes={notesOf}>
      {bodies.map((body, i) => (
        <SlideFrame key={i} index={i} printNotes={notesOf[i]}>
          {i === 0 ? <TitleSlide lesson={lesson} /> : null}
          {body}
        </SlideFrame>
      ))}
    </Presenter>
  );
}

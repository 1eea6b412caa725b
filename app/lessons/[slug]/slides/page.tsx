import { lessonMetadata, lessonOf, lessonStaticParams, type LessonParams } from '../lessonRoute';
import { Deck } from '@/components/slides/Deck';
import { SlideFrame } from '@/components/slides/SlideFrame';
import { TitleSlide } from '@/components/slides/TitleSlide';
import { renderSlides } from '@/components/slides/renderSlides';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonStaticParams();
}

export async function generateMetadata(props: LessonParams) {
  return lessonMetadata(props, 'slides');
}

/** The audience deck. Speaker notes are not rendered here at all. */
export default async function SlidesPage(props: LessonParams) {
  const lesson = await lessonOf(props);
  const { slug } = lesson;
  const { slides, bodies } = await renderSlides(lesson);
  return (
    <Deck slug={slug} lessonTitle={lesson.title} slides={slides} readingHref={`/lessons/${slug}/`} presenterHref="../presenter/">
      {bodies.map((body, i) => (
        <SlideFrame key={i} index={i}>
          {i === 0 ? <TitleSlide lesson={lesson} /> : null}
          {body}
        </SlideFrame>
      ))}
    </Deck>
  );
}

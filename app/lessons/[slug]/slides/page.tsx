import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allLessons, lessonBySlug } from '@/lib/content/lessons';
import { Deck } from '@/components/slides/Deck';
import { SlideFrame } from '@/components/slides/SlideFrame';
import { TitleSlide } from '@/components/slides/TitleSlide';
import { renderSlides } from '@/components/slides/renderSlides';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return allLessons().map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lesson = lessonBySlug((await params).slug);
  return lesson ? { title: `${lesson.title} (slides)`, description: lesson.summary } : {};
}

/** The audience deck. Speaker notes are not rendered here at all. */
export default async function SlidesPage({ params }: Params) {
  const { slug } = await params;
  const lesson = lessonBySlug(slug);
  if (!lesson) notFound();
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

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { allLessons, lessonBySlug } from '@/lib/content/lessons';
import { Presenter } from '@/components/slides/Presenter';
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
  return lesson ? { title: `${lesson.title} (presenter view)`, robots: { index: false } } : {};
}

/** The presenter view: the deck with its speaker notes, the next slide and the time. */
export default async function PresenterPage({ params }: Params) {
  const { slug } = await params;
  const lesson = lessonBySlug(slug);
  if (!lesson) notFound();
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

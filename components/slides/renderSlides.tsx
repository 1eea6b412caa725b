/** Server side: a lesson compiled for the deck, rendered slide by slide, and its closing slide. */
import { compileLessonSlides } from '@/components/mdx/lesson';
import { closingSlide } from '@/lib/content/slides';
import type { LessonSource } from '@/lib/content/lessons';
import { slideComponents } from './slideComponents';
import { ClosingNotes, ClosingSlide } from './ClosingSlide';
import { S } from './strings';

export async function renderSlides(lesson: LessonSource) {
  const { Content: C, slides: own, questions } = await compileLessonSlides(lesson);
  const slides = [...own, closingSlide(own.length, S.closingTitle, lesson.objectives)];
  const bodies = [...own.map((s) => <C key={s.index} components={slideComponents(s.index, 'body')} />), <ClosingSlide key="closing" lesson={lesson} />];
  const notes = () => [...own.map((s) => (s.hasNotes ? <C key={s.index} components={slideComponents(s.index, 'notes')} /> : null)), <ClosingNotes key="closing" questions={questions.length} />];
  return { slides, bodies, notes };
}

/** Server side: a lesson compiled for the deck, rendered slide by slide. */
import { compileLessonSlides } from '@/components/mdx/lesson';
import type { LessonSource } from '@/lib/content/lessons';
import { slideComponents } from './slideComponents';

export async function renderSlides(lesson: LessonSource) {
  const { Content: C, slides } = await compileLessonSlides(lesson);
  const bodies = slides.map((s) => <C key={s.index} components={slideComponents(s.index, 'body')} />);
  const notes = () => slides.map((s) => (s.hasNotes ? <C key={s.index} components={slideComponents(s.index, 'notes')} /> : null));
  return { slides, bodies, notes };
}

import type { Metadata } from 'next';
import { allLessons } from '@/lib/content/lessons';
import { compileLesson } from '@/components/mdx/lesson';
import { ReviewList } from '@/components/review/ReviewList';
import { ProgressTools } from '@/components/review/ProgressTools';
import { questionHtml } from '@/components/review/questionHtml';
import { progressStrings as t } from '@/components/course/strings';

export const metadata: Metadata = { title: t.reviewTitle, description: t.reviewIntro };

export default async function ReviewPage() {
  const lessons = allLessons();
  const compiled = await Promise.all(lessons.map(compileLesson));
  const list = lessons.map((l, i) => ({ slug: l.slug, title: l.title, order: l.order, questions: compiled[i].questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, html: questionHtml(q.parts) })) }));
  return (
    <main id="content" className="review-page">
      <h1>{t.reviewTitle}</h1>
      <p className="course-intro">{t.reviewIntro}</p>
      <ReviewList lessons={list} />
      <ProgressTools />
    </main>
  );
}

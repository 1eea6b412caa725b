import Link from 'next/link';
import { allLessons } from '@/lib/content/lessons';
import { lessonMetadata, lessonOf, lessonStaticParams, type LessonParams } from './lessonRoute';
import { compileLesson } from '@/components/mdx/lesson';
import { mdxComponents } from '@/components/mdx/components';
import { Sidebar } from '@/components/course/Sidebar';
import { TableOfContents, TableOfContentsFold } from '@/components/course/TableOfContents';
import { LessonNav } from '@/components/course/LessonNav';
import { MarkRead } from '@/components/course/MarkRead';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonStaticParams();
}

export async function generateMetadata(props: LessonParams) {
  return lessonMetadata(props);
}

export default async function LessonPage(props: LessonParams) {
  const lesson = await lessonOf(props);
  const { slug } = lesson;
  const { Content, headings } = await compileLesson(lesson);
  const lessons = allLessons();
  const index = lessons.findIndex((l) => l.slug === slug);
  const compiled = await Promise.all(lessons.map(compileLesson));
  const links = lessons.map(({ slug: s, title, order }, i) => ({ slug: s, title, order, quizIds: compiled[i].quizIds }));
  return (
    <div className="lesson-layout">
      <Sidebar lessons={links} current={slug} />
      <main id="content" className="lesson">
        <article>
          <header className="lesson-header">
            <p className="lesson-kicker">Lesson {lesson.order}</p>
            <h1>{lesson.title}</h1>
            <p className="lesson-summary">{lesson.summary}</p>
            <p className="lesson-present">
              <Link href={`/lessons/${slug}/slides/`} className="lesson-present-link">
                Present as slides
              </Link>
              <Link href={`/lessons/${slug}/presenter/`} className="lesson-present-link lesson-present-secondary">
                Presenter view
              </Link>
            </p>
            <section className="objectives" aria-label="Learning objectives">
              <p className="objectives-title">After this lesson you can</p>
              <ul>
                {lesson.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </section>
          </header>
          <TableOfContentsFold headings={headings} />
          <div className="prose">
            <Content components={mdxComponents} />
          </div>
          <MarkRead slug={slug} />
        </article>
        <LessonNav prev={links[index - 1]} next={links[index + 1]} />
      </main>
      <TableOfContents headings={headings} />
    </div>
  );
}

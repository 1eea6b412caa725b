import Link from 'next/link';
import { allLessons } from '@/lib/content/lessons';
import { compileLesson } from '@/components/mdx/lesson';
import { LessonStatus } from '@/components/course/LessonStatus';
import { CourseProgress } from '@/components/course/CourseProgress';
import { LessonPicture } from '@/components/course/lessonPictures';
import { NetworkOverview } from '@/components/mdx/widgets.lazy';
import css from './courseMap.module.css';

export default async function CourseMap() {
  const lessons = allLessons();
  const compiled = await Promise.all(lessons.map(compileLesson));
  return (
    <main id="content" className="course-map">
      <h1>Convolutional neural networks, one live figure at a time</h1>
      <p className="course-intro">
        Every figure in this course is a widget you can drive, and every number in it is computed in your browser. Read
        alone, present it to a class, or test yourself as you go: your progress stays in this browser.
      </p>
      <section className={css.hero} aria-labelledby="course-map-live">
        <h2 id="course-map-live" className={css.heroTitle}>
          A trained CNN, looking at a picture
        </h2>
        <p className={css.heroText}>
          This is where the course ends up: a small network trained on pictures of clothing, every layer it computes drawn
          live. Pick a test picture or draw your own, point at any square, and see why it has its value.{' '}
          <Link href="/lessons/what-is-a-cnn/">The first lesson</Link> starts from here.
        </p>
        <NetworkOverview id="course-map-overview" compact />
      </section>
      <CourseProgress lessons={lessons.map((l, i) => ({ slug: l.slug, questionIds: compiled[i].quizIds }))} />
      <ol className={`lesson-cards ${css.cards}`}>
        {lessons.map((l, i) => (
          <li key={l.slug} className={`lesson-card ${css.card}`} data-lesson={l.slug}>
            <div className={css.picture}>
              <LessonPicture slug={l.slug} />
            </div>
            <h2 className={css.title}>
              <Link href={`/lessons/${l.slug}/`}>
                <span className="lesson-number">{l.order}.</span> {l.title}
              </Link>
            </h2>
            <p className={css.summary}>{l.summary}</p>
            <div className={css.status}>
              <LessonStatus slug={l.slug} quizIds={compiled[i].quizIds} />
            </div>
          </li>
        ))}
      </ol>
    </main>
  );
}

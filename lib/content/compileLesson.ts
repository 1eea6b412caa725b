/**
 * Compiles a lesson's MDX at build time: math rendered by KaTeX into HTML, headings given ids
 * and collected for the table of contents, quiz ids collected for progress.
 */
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { rehypeCollectHeadings, rehypeFailOnMathErrors, rehypeScrollableBlocks, remarkCollectQuizzes, type Heading, type QuestionInfo } from './mdxPlugins';
import type { LessonSource } from './lessons';
import { remarkSlides, type SlideMeta } from './slides';

/** The JSX runtime MDX compiles against, handed in by the caller so lib/ stays free of React. */
export type JsxRuntime = Parameters<typeof evaluate>[1];

export interface CompiledLesson {
  /** A component rendering the lesson (typed loosely here; see components/mdx/lesson.ts). */
  Content: unknown;
  headings: Heading[];
  quizIds: string[];
  /** Every <Quiz> and <Challenge>, in the lesson's order. */
  questions: QuestionInfo[];
  /** The deck's slides, when compiled for the deck (`mode: 'slides'`); empty otherwise. */
  slides: SlideMeta[];
}

/** `reading`: the lesson page. `slides`: the same lesson split into slides (lib/content/slides.ts). */
export type CompileMode = 'reading' | 'slides';

const compiled = new Map<string, Promise<CompiledLesson>>();

export function compileLesson(lesson: LessonSource, runtime: Pick<JsxRuntime, 'Fragment' | 'jsx' | 'jsxs'>, mode: CompileMode = 'reading'): Promise<CompiledLesson> {
  const key = `${mode}\0${lesson.file}\0${lesson.body}`;
  let result = compiled.get(key);
  if (!result) {
    result = compile(lesson, runtime, mode);
    compiled.set(key, result);
  }
  return result;
}

async function compile(lesson: LessonSource, runtime: Pick<JsxRuntime, 'Fragment' | 'jsx' | 'jsxs'>, mode: CompileMode): Promise<CompiledLesson> {
  const headings: Heading[] = [];
  const questions: QuestionInfo[] = [];
  const slides: SlideMeta[] = [];
  try {
    const mod = await evaluate(lesson.body, {
      ...runtime,
      remarkPlugins: [remarkGfm, remarkMath, remarkCollectQuizzes(questions, lesson.file), ...(mode === 'slides' ? [remarkSlides(slides, lesson.title)] : [])],
      // Slugs first, from the TeX source of any math in a heading, then KaTeX renders it.
      rehypePlugins: [rehypeSlug, [rehypeKatex, { strict: 'ignore' }], rehypeFailOnMathErrors, rehypeScrollableBlocks, rehypeCollectHeadings(headings)],
    });
    return { Content: mod.default, headings, quizIds: questions.map((q) => q.id), questions, slides };
  } catch (e) {
    const err = e as Error & { line?: number; column?: number };
    const where = err.line ? `:${err.line}${err.column ? `:${err.column}` : ''}` : '';
    throw new Error(`${lesson.file}${where}: ${err.message}`);
  }
}

/**
 * The questions of a lesson as the page sees them: the lesson is compiled and rendered with
 * stand-ins that record each <Quiz>'s and <Challenge>'s props, the <Param> names in a question's
 * text, and the widgets a challenge wraps.
 */
import { Children, createElement, isValidElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileLesson } from '@/lib/content/compileLesson';
import type { LessonSource } from '@/lib/content/lessons';

export interface FoundQuiz {
  props: Record<string, unknown>;
  params: string[];
}
export interface FoundChallenge {
  props: Record<string, unknown>;
  widgets: { name: string; id: unknown }[];
}

function walk(node: ReactNode, visit: (el: { type: unknown; props: Record<string, unknown> }) => void) {
  Children.forEach(node, (child) => {
    if (!isValidElement(child)) return;
    const el = child as unknown as { type: unknown; props: Record<string, unknown> };
    visit(el);
    walk(el.props.children as ReactNode, visit);
  });
}

export async function lessonQuestions(lesson: LessonSource) {
  const { Content } = await compileLesson(lesson, runtime);
  const quizzes: FoundQuiz[] = [];
  const challenges: FoundChallenge[] = [];
  const names = new Set([...lesson.body.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]));
  const stubs: Record<string, (p: Record<string, unknown>) => ReactNode> = {};
  for (const name of names) {
    const stub = (props: Record<string, unknown>) => {
      if (name === 'Quiz') {
        const params: string[] = [];
        walk(props.children as ReactNode, (el) => {
          if ((el.type as { stubName?: string }).stubName === 'Param') params.push(String(el.props.name));
        });
        quizzes.push({ props, params });
        return null;
      }
      if (name === 'Challenge') {
        const widgets: FoundChallenge['widgets'] = [];
        walk(props.children as ReactNode, (el) => {
          const n = (el.type as { stubName?: string }).stubName;
          if (n && /^[A-Z]/.test(n) && 'id' in el.props) widgets.push({ name: n, id: el.props.id });
        });
        challenges.push({ props, widgets });
        return null;
      }
      return createElement('div', null, props.children as ReactNode);
    };
    stub.stubName = name;
    stubs[name] = stub;
  }
  renderToStaticMarkup(createElement(Content as (p: { components: unknown }) => ReactNode, { components: stubs }));
  return { quizzes, challenges };
}

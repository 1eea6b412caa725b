/**
 * Helpers for the lesson-number tests: read a lesson's MDX, find its quizzes and widget props,
 * and check that every figure it prints is one the test computed. One test file per lesson
 * (`<slug>.numbers.test.ts`) uses these.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { convOutputShape, convOutputSize, type ConvLayer } from '@/lib/nn/convArithmetic';

export const read = (slug: string) => readFileSync(path.resolve(__dirname, '../../..', 'lessons', `${slug}.mdx`), 'utf8');
export const fmt = (v: number) => v.toLocaleString('en-US');

export function shows(src: string, text: string) {
  expect(src.includes(text), `the lesson shows "${text}"`).toBe(true);
}

/** Output side along one axis; throws on an impossible layer so a typo cannot pass silently. */
export function side(n: number, f: number, p: number, s: number, d = 1) {
  const r = convOutputSize({ n, f, p, s, d });
  if (!r.ok) throw new Error(r.error);
  return r;
}

export function shape(layer: ConvLayer): [number, number, number] {
  const r = convOutputShape(layer);
  if (!r.ok) throw new Error(r.error);
  return r.shape;
}

export interface QuizBlock {
  id: string;
  kind: string;
  answer: number;
  choices: string[];
  text: string;
}

/** Every <Quiz> of a lesson, with its answer and (for choice quizzes) its choices. */
export function quizzes(src: string): Map<string, QuizBlock> {
  const out = new Map<string, QuizBlock>();
  for (const block of src.match(/<Quiz\b[\s\S]*?<\/Quiz>/g) ?? []) {
    const id = /\bid="([^"]+)"/.exec(block)?.[1];
    const kind = /\bkind="([^"]+)"/.exec(block)?.[1];
    const answer = /\banswer=\{(-?[\d.]+)\}/.exec(block)?.[1];
    const computed = /\bgenerator="/.test(block) || kind === 'order' || kind === 'multi';
    if (!id || !kind || (answer === undefined && !computed)) throw new Error(`A quiz is missing id, kind or answer:\n${block}`);
    const choicesSrc = /\bchoices=\{(\[[\s\S]*?\])\}/.exec(block)?.[1];
    out.set(id, { id, kind, answer: Number(answer), choices: choicesSrc ? (JSON.parse(choicesSrc) as string[]) : [], text: block });
  }
  return out;
}

/** The numeric attributes of the first <Name … /> in the lesson. */
export function widgetProps(src: string, name: string): Record<string, number> {
  const tag = new RegExp(`<${name}\\b[^>]*/>`).exec(src)?.[0];
  if (!tag) throw new Error(`No <${name} /> in the lesson`);
  return Object.fromEntries([...tag.matchAll(/(\w+)=\{(-?[\d.]+)\}/g)].map((m) => [m[1], Number(m[2])]));
}

/** All bmatrix environments in a piece of TeX, as rows of numbers. */
export function matrices(tex: string): number[][][] {
  return [...tex.matchAll(/\\begin\{bmatrix\}([\s\S]*?)\\end\{bmatrix\}/g)].map((m) =>
    m[1].split('\\\\').map((row) => row.split('&').map((cell) => Number(cell.trim()))),
  );
}

export const innerProduct = (a: number[][], b: number[][]) => a.flat().reduce((sum, x, i) => sum + x * b.flat()[i], 0);

/** Each number written with thousands separators must be one the test computed (or a given input). */
export function onlyAllowedBigNumbers(src: string, allowed: number[]) {
  const ok = new Set(allowed.map(fmt));
  const found = src.match(/\d{1,3}(?:,\d{3})+/g) ?? [];
  for (const figure of found) expect(ok.has(figure), `"${figure}" appears in the lesson but no test computes it`).toBe(true);
}


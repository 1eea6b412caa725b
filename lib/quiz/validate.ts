/**
 * Checks an author's <Quiz> props and turns them into a question. A broken question explains
 * itself in place instead of crashing the lesson; the content tests run the same checks over
 * every lesson, so a broken one never ships.
 */
import { challenges, type ChallengeParams } from './challenges';
import { generators } from './generators';
import type { Mistake, QuestionSpec } from './types';

export interface QuizProps {
  id?: unknown;
  kind?: unknown;
  choices?: unknown;
  answer?: unknown;
  feedback?: unknown;
  tolerance?: unknown;
  relTolerance?: unknown;
  unit?: unknown;
  mistakes?: unknown;
  items?: unknown;
  generator?: unknown;
  hints?: unknown;
}

/** A fixed question, or a parameterised one whose numbers come from `generator` per student. */
export type QuizDefinition =
  | { ok: true; id: string; spec: QuestionSpec; hints: string[] }
  | { ok: true; id: string; generator: string; unit?: string; hints: string[] }
  | { ok: false; error: string };

const isStrings = (v: unknown, min: number): v is string[] => Array.isArray(v) && v.length >= min && v.every((c) => typeof c === 'string' && c.length > 0);
const isIndex = (v: unknown, n: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < n;

function readHints(v: unknown): string[] | null {
  if (v === undefined) return [];
  if (typeof v === 'string' && v) return [v];
  return isStrings(v, 1) ? v : null;
}

function readMistakes(v: unknown): Mistake[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return null;
  const ok = v.every((m) => typeof m === 'object' && m !== null && Number.isFinite((m as Mistake).value) && typeof (m as Mistake).feedback === 'string');
  return ok ? (v as Mistake[]) : null;
}

export function validateQuizProps(p: QuizProps): QuizDefinition {
  if (typeof p.id !== 'string' || !p.id) return { ok: false, error: 'this quiz has no id' };
  const id = p.id;
  const bad = (why: string) => ({ ok: false as const, error: `quiz "${id}": ${why}` });
  const hints = readHints(p.hints);
  if (!hints) return bad('hints must be a text or a list of texts');
  const unit = typeof p.unit === 'string' && p.unit ? p.unit : undefined;
  if (p.unit !== undefined && !unit) return bad('unit must be a text');
  const feedback = (n: number) => {
    if (p.feedback === undefined) return { ok: true as const, value: undefined };
    if (!Array.isArray(p.feedback) || p.feedback.length !== n || !p.feedback.every((f) => typeof f === 'string')) return { ok: false as const };
    return { ok: true as const, value: p.feedback as string[] };
  };

  switch (p.kind) {
    case 'choice': {
      if (!isStrings(p.choices, 2)) return bad('needs at least two text choices');
      if (!isIndex(p.answer, p.choices.length)) return bad(`answer must be the index of one of its ${p.choices.length} choices`);
      const f = feedback(p.choices.length);
      if (!f.ok) return bad('feedback must have one text per choice ("" for none)');
      return { ok: true, id, hints, spec: { kind: 'choice', choices: p.choices, answer: p.answer, feedback: f.value } };
    }
    case 'multi': {
      if (!isStrings(p.choices, 2)) return bad('needs at least two text choices');
      const n = p.choices.length;
      if (!Array.isArray(p.answer) || p.answer.length === 0 || !p.answer.every((a) => isIndex(a, n)) || new Set(p.answer).size !== p.answer.length) {
        return bad(`answer must list the indices of its right choices (0 to ${n - 1})`);
      }
      const f = feedback(n);
      if (!f.ok) return bad('feedback must have one text per choice ("" for none)');
      return { ok: true, id, hints, spec: { kind: 'multi', choices: p.choices, answer: p.answer as number[], feedback: f.value } };
    }
    case 'numeric': {
      const tolerance = p.tolerance ?? 0;
      const relTolerance = p.relTolerance ?? 0;
      if (typeof tolerance !== 'number' || !(tolerance >= 0)) return bad('tolerance must be 0 or more');
      if (typeof relTolerance !== 'number' || !(relTolerance >= 0 && relTolerance < 1)) return bad('relTolerance must be from 0 to below 1');
      if (p.generator !== undefined) {
        if (typeof p.generator !== 'string' || !(p.generator in generators)) return bad(`there is no question generator "${String(p.generator)}"`);
        if (p.answer !== undefined) return bad('a parameterised question computes its answer; remove answer');
        return { ok: true, id, hints, generator: p.generator, unit };
      }
      if (typeof p.answer !== 'number' || !Number.isFinite(p.answer)) return bad('needs a numeric answer');
      const mistakes = readMistakes(p.mistakes);
      if (!mistakes) return bad('mistakes must be a list of { value, feedback }');
      return { ok: true, id, hints, spec: { kind: 'numeric', answer: p.answer, tolerance, relTolerance, unit, mistakes } };
    }
    case 'order': {
      if (!isStrings(p.items, 3)) return bad('needs at least three items, listed in the right order');
      if (new Set(p.items).size !== p.items.length) return bad('two items have the same text');
      return { ok: true, id, hints, spec: { kind: 'order', items: p.items } };
    }
    default:
      return bad('kind must be "choice", "multi", "numeric" or "order"');
  }
}

/** The question a parameterised definition gives one student. */
export function generatedSpec(name: string, next: () => number, unit?: string) {
  const g = generators[name].generate(next);
  const spec: QuestionSpec = {
    kind: 'numeric',
    answer: g.answer,
    tolerance: g.tolerance ?? 0,
    relTolerance: g.relTolerance ?? 0,
    unit,
    mistakes: g.mistakes,
  };
  return { spec, params: g.params, solution: g.solution };
}

export interface ChallengeProps {
  id?: unknown;
  check?: unknown;
  params?: unknown;
  widget?: unknown;
  hints?: unknown;
}

export type ChallengeDefinition =
  | { ok: true; id: string; check: string; params: ChallengeParams; widget: string | null; hints: string[] }
  | { ok: false; error: string };

/** Checks a <Challenge>'s props: a known grader, usable parameters, hints. */
export function validateChallengeProps(p: ChallengeProps): ChallengeDefinition {
  if (typeof p.id !== 'string' || !p.id) return { ok: false, error: 'this challenge has no id' };
  const id = p.id;
  const bad = (why: string) => ({ ok: false as const, error: `challenge "${id}": ${why}` });
  if (typeof p.check !== 'string' || !(p.check in challenges)) return bad(`there is no challenge grader "${String(p.check)}"`);
  const params = p.params ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return bad('params must be an object');
  const problem = challenges[p.check].validate?.(params as ChallengeParams);
  if (problem) return bad(problem);
  if (p.widget !== undefined && (typeof p.widget !== 'string' || !p.widget)) return bad('widget must be the id of the widget it checks');
  const hints = readHints(p.hints);
  if (!hints) return bad('hints must be a text or a list of texts');
  return { ok: true, id, check: p.check, params: params as ChallengeParams, widget: (p.widget as string | undefined) ?? null, hints };
}

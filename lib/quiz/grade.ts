/** Grades one response to one question. Pure; the view and the answer-key tests share it. */
import { parseNumber, splitUnit } from './parseNumber';
import { gradeStrings as t } from './strings';
import type { Grade, QuestionSpec } from './types';

/** Responses are text: a choice index, indices joined by commas, a number, or an order "2,0,1". */
export function grade(spec: QuestionSpec, response: string): Grade {
  switch (spec.kind) {
    case 'choice': {
      const i = indexIn(response, spec.choices.length);
      if (i === null) return { ok: false, error: t.chooseOne };
      return { ok: true, correct: i === spec.answer, feedback: spec.feedback?.[i] ? [spec.feedback[i]] : [] };
    }
    case 'multi': {
      const picked = indexList(response, spec.choices.length);
      if (!picked || picked.length === 0) return { ok: false, error: t.chooseSome };
      const want = new Set(spec.answer);
      const feedback = picked.filter((i) => spec.feedback?.[i]).map((i) => spec.feedback![i]);
      const extra = picked.filter((i) => !want.has(i)).length;
      const missed = spec.answer.filter((i) => !picked.includes(i)).length;
      if (extra === 0 && missed > 0) feedback.push(t.missedSome(missed));
      return { ok: true, correct: extra === 0 && missed === 0, feedback };
    }
    case 'numeric': {
      const read = splitUnit(response);
      const value = read?.value ?? parseNumber(response);
      if (value === null || value === undefined) return { ok: false, error: t.typeNumber };
      if (read && read.unit && !unitMatches(read.unit, spec.unit)) {
        return { ok: false, error: spec.unit ? t.wrongUnit(spec.unit) : t.typeNumber };
      }
      if (within(value, spec.answer, spec.tolerance, spec.relTolerance)) return { ok: true, correct: true, feedback: [] };
      const mistake = spec.mistakes.find((m) => within(value, m.value, spec.tolerance, spec.relTolerance));
      if (mistake) return { ok: true, correct: false, feedback: [mistake.feedback] };
      const near = within(value, spec.answer, spec.tolerance * 10 + 1e-12, spec.relTolerance * 10);
      return { ok: true, correct: false, feedback: near && (spec.tolerance > 0 || spec.relTolerance > 0) ? [t.closeButNot] : [] };
    }
    case 'order': {
      const order = indexList(response, spec.items.length, true);
      if (!order || order.length !== spec.items.length) return { ok: false, error: t.orderFirst };
      const inPlace = order.filter((item, place) => item === place).length;
      const correct = inPlace === spec.items.length;
      return { ok: true, correct, feedback: correct ? [] : [t.inPlace(inPlace, spec.items.length)] };
    }
  }
}

/** The response that grades as correct: what the solution shows and the answer-key tests use. */
export function referenceResponse(spec: QuestionSpec): string {
  switch (spec.kind) {
    case 'choice':
      return String(spec.answer);
    case 'multi':
      return [...spec.answer].sort((a, b) => a - b).join(',');
    case 'numeric':
      return String(spec.answer);
    case 'order':
      return spec.items.map((_, i) => i).join(',');
  }
}

export function within(value: number, target: number, tolerance: number, relTolerance: number): boolean {
  const allowed = Math.max(tolerance, relTolerance * Math.abs(target)) + 1e-9 * Math.max(1, Math.abs(target));
  return Math.abs(value - target) <= allowed;
}

function unitMatches(typed: string, unit: string | undefined): boolean {
  if (!unit) return false;
  const norm = (s: string) => s.toLowerCase().replace(/\.$/, '').replace(/s$/, '').trim();
  return norm(typed) === norm(unit);
}

function indexIn(response: string, n: number): number | null {
  if (!/^\d+$/.test(response.trim())) return null;
  const i = Number(response);
  return i < n ? i : null;
}

/** "0,2" → [0, 2]; each index once and in range (a permutation when `all`), else null. */
export function indexList(response: string, n: number, all = false): number[] | null {
  if (response.trim() === '') return [];
  const parts = response.split(',').map((s) => s.trim());
  if (!parts.every((p) => /^\d+$/.test(p))) return null;
  const list = parts.map(Number);
  if (list.some((i) => i >= n) || new Set(list).size !== list.length) return null;
  if (all && list.length !== n) return null;
  return list;
}

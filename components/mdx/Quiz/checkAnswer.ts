/** Grading for <Quiz>, kept apart from the view so it can be tested on its own. */

export type QuizSpec =
  | { kind: 'choice'; choices: string[]; answer: number }
  | { kind: 'numeric'; answer: number; tolerance: number };

export type Grade = { ok: true; correct: boolean } | { ok: false; error: string };

/** Accepts "1,234", "1 234", "1e3", "−5" (the typographic minus) as numbers. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,_]/g, '').replace(/\u2212/g, '-');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

export function grade(spec: QuizSpec, response: string): Grade {
  if (spec.kind === 'choice') {
    const i = Number(response);
    if (response === '' || !Number.isInteger(i) || i < 0 || i >= spec.choices.length) {
      return { ok: false, error: 'Choose one of the answers first.' };
    }
    return { ok: true, correct: i === spec.answer };
  }
  const value = parseNumber(response);
  if (value === null) return { ok: false, error: 'Type a number, for example 55 or 1,234 or 0.5.' };
  return { ok: true, correct: Math.abs(value - spec.answer) <= spec.tolerance + 1e-9 * Math.abs(spec.answer) };
}

/** Checks an author's props; a broken quiz explains itself instead of crashing the lesson. */
export function validateQuizProps(p: {
  id?: unknown;
  kind?: unknown;
  choices?: unknown;
  answer?: unknown;
  tolerance?: unknown;
}): { ok: true; spec: QuizSpec } | { ok: false; error: string } {
  if (typeof p.id !== 'string' || !p.id) return { ok: false, error: 'this quiz has no id' };
  if (p.kind === 'choice') {
    if (!Array.isArray(p.choices) || p.choices.length < 2 || !p.choices.every((c) => typeof c === 'string')) {
      return { ok: false, error: `quiz "${p.id}" needs at least two text choices` };
    }
    if (typeof p.answer !== 'number' || !Number.isInteger(p.answer) || p.answer < 0 || p.answer >= p.choices.length) {
      return { ok: false, error: `quiz "${p.id}": answer must be the index of one of its ${p.choices.length} choices` };
    }
    return { ok: true, spec: { kind: 'choice', choices: p.choices as string[], answer: p.answer } };
  }
  if (p.kind === 'numeric') {
    if (typeof p.answer !== 'number' || !Number.isFinite(p.answer)) return { ok: false, error: `quiz "${p.id}" needs a numeric answer` };
    const tolerance = p.tolerance ?? 0;
    if (typeof tolerance !== 'number' || !(tolerance >= 0)) return { ok: false, error: `quiz "${p.id}": tolerance must be 0 or more` };
    return { ok: true, spec: { kind: 'numeric', answer: p.answer, tolerance } };
  }
  return { ok: false, error: `quiz "${String(p.id)}": kind must be "choice" or "numeric"` };
}

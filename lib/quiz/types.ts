/**
 * The questions a lesson asks, as data. Authors write them as props of <Quiz> in the MDX; the
 * view (components/mdx/Quiz) validates the props into one of these and grades with grade.ts.
 */

/** A wrong answer an author expects, with the feedback that explains it ("you forgot the +1"). */
export interface Mistake {
  value: number;
  feedback: string;
}

export type QuestionSpec =
  | { kind: 'choice'; choices: string[]; answer: number; feedback?: string[] }
  | { kind: 'multi'; choices: string[]; answer: number[]; feedback?: string[] }
  | { kind: 'numeric'; answer: number; tolerance: number; relTolerance: number; unit?: string; mistakes: Mistake[] }
  | { kind: 'order'; items: string[] };

export type QuestionKind = QuestionSpec['kind'];

export type Grade =
  | {
      ok: true;
      correct: boolean;
      /** Targeted feedback for this response (a known mistake, a chosen distractor, a count). */
      feedback: string[];
    }
  | { ok: false; error: string };

/** Result of checking a widget challenge against the widget's current state. */
export type ChallengeGrade = { ok: true; correct: boolean; feedback: string } | { ok: false; error: string };

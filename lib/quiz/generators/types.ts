import type { Mistake } from '../types';

/** What a parameterised question draws for one student: its numbers, the answer and feedback. */
export interface GeneratedQuestion {
  /** Values the question's text shows through <Param name="…"/>. */
  params: Record<string, number | string>;
  /** Computed by lib/compute or lib/nn from `params`, never typed in. */
  answer: number;
  tolerance?: number;
  relTolerance?: number;
  /** Wrong answers a student is likely to give for these numbers, with what went wrong. */
  mistakes: Mistake[];
  /** The worked solution with this student's numbers. */
  solution: string;
}

export interface QuestionGenerator {
  generate(next: () => number): GeneratedQuestion;
}

import type { ChallengeGrade } from '../types';

export type ChallengeParams = Record<string, number | string | boolean>;

/**
 * A goal set on a live widget, graded on the widget's state (the JSON its useWidgetState keeps)
 * by the compute layer. `widget` is the component's name, so a lesson that wraps the wrong widget
 * is caught by the tests.
 */
export interface ChallengeDef {
  widget: string;
  /** Checks `params` from the MDX; returns the problem, or null when they are usable. */
  validate?(params: ChallengeParams): string | null;
  grade(state: unknown, params: ChallengeParams): ChallengeGrade;
}

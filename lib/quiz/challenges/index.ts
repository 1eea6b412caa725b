/** Every widget challenge's grader, by name (the table is lib/quiz/lessons.ts). */
export { challenges } from '../lessons';
export type { ChallengeDef, ChallengeParams } from './types';

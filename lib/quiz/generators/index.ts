/** Every parameterised question's generator, by name (the table is lib/quiz/lessons.ts). */
export { generators } from '../lessons';
export type { GeneratedQuestion, QuestionGenerator } from './types';

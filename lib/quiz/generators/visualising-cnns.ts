/** Parameterised questions of the visualising-cnns lesson: none yet (its numeric questions are fixed). */
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {};

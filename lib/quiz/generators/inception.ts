/** Parameterised questions of the inception lesson. */
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {};

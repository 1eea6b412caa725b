/** Parameterised questions of the attention lesson. */
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {};

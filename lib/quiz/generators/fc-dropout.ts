/** Parameterised questions of the fc-dropout lesson. */
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {};

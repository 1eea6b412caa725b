/** Parameterised questions of the what-is-a-cnn lesson. */
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {};

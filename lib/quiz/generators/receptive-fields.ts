/** Parameterised questions of the receptive-fields lesson. */
import type { QuestionGenerator } from './types';

export const generators: Record<string, QuestionGenerator> = {};

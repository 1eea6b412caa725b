/** Widget challenges of the attention lesson. */
import type { ChallengeDef } from './types';

export const challenges: Record<string, ChallengeDef> = {};

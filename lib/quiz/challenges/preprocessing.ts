/** Widget challenges of the preprocessing lesson. */
import type { ChallengeDef } from './types';

export const challenges: Record<string, ChallengeDef> = {};

/** Widget challenges of the compression lesson. */
import type { ChallengeDef } from './types';

export const challenges: Record<string, ChallengeDef> = {};

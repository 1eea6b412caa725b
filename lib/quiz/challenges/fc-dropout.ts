/** Widget challenges of the fc-dropout lesson. */
import type { ChallengeDef } from './types';

export const challenges: Record<string, ChallengeDef> = {};

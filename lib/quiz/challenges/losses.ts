/** Widget challenges of the losses lesson. */
import type { ChallengeDef } from './types';

export const challenges: Record<string, ChallengeDef> = {};

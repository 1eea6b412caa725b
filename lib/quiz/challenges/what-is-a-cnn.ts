/** Widget challenges of the what-is-a-cnn lesson. */
import type { ChallengeDef } from './types';

export const challenges: Record<string, ChallengeDef> = {};

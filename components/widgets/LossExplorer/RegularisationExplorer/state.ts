/** RegularisationExplorer's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { bool, defineSchema, int, num, type StateOf } from '@/lib/store/schema';
import { LOG_LAMBDA } from './model';

export const SEED = { min: 1, max: 9999 } as const;

export const schema = defineSchema(
  {
    /** log10 of λ, on the slider's grid (λ = 0.01 to start). */
    logLambda: num(LOG_LAMBDA.min, LOG_LAMBDA.max, -2),
    /** Seed of the noise on the 10 points. */
    seed: int(SEED.min, SEED.max, 3),
    showUnregularised: bool(true),
  },
  // λ snaps to the slider's 0.1 grid, as the slider itself sets it; + 0 keeps −0 from coming back as 0.
  { normalize: (s) => ({ ...s, logLambda: Math.round(s.logLambda * 10) / 10 + 0 }) },
);

export type RegularisationState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

export const seedOk = (v: number) => schema.fields.seed.read(v, false).ok;

/** The next seed for "New noise", wrapping round. */
export const nextSeed = (seed: number) => (seed >= SEED.max ? SEED.min : seed + 1);

/** RegularisationExplorer's shareable state and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { LOG_LAMBDA } from './model';
import { S } from './strings';

export interface RegularisationState {
  /** log10 of λ, on the slider's grid. */
  logLambda: number;
  /** Seed of the noise on the 10 points. */
  seed: number;
  showUnregularised: boolean;
}

export const SEED = { min: 1, max: 9999 } as const;

export const DEFAULT_STATE: RegularisationState = { logLambda: -2, seed: 3, showUnregularised: true };

export const seedOk = (v: number) => Number.isInteger(v) && v >= SEED.min && v <= SEED.max;

export function parseRegularisationState(raw: unknown): { ok: true; value: Partial<RegularisationState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<RegularisationState> = {};
  if ('logLambda' in raw) {
    const v = raw.logLambda;
    if (typeof v !== 'number' || !(v >= LOG_LAMBDA.min && v <= LOG_LAMBDA.max)) return { ok: false, error: S.errors.logLambda(v) };
    value.logLambda = Math.round(v * 10) / 10;
  }
  if ('seed' in raw) {
    const v = raw.seed;
    if (typeof v !== 'number' || !seedOk(v)) return { ok: false, error: S.errors.seed(v) };
    value.seed = v;
  }
  if ('showUnregularised' in raw) {
    if (typeof raw.showUnregularised !== 'boolean') return { ok: false, error: S.errors.showUnregularised };
    value.showUnregularised = raw.showUnregularised;
  }
  return { ok: true, value };
}

/** The next seed for "New noise", wrapping round. */
export const nextSeed = (seed: number) => (seed >= SEED.max ? SEED.min : seed + 1);

/** ClassifierHeads' shareable state and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { S } from './strings';

export interface HeadsState {
  h: number;
  w: number;
  c: number;
  hidden: number;
  classes: number;
}

export type NumericField = keyof HeadsState;

export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  h: [1, 64],
  w: [1, 64],
  c: [1, 4096],
  hidden: [1, 16_384],
  classes: [1, 100_000],
};

/** VGG-16 on a 224 × 224 image: 7 × 7 × 512 maps into 4096 hidden units, 1000 classes. */
export const DEFAULT_STATE: HeadsState = { h: 7, w: 7, c: 512, hidden: 4096, classes: 1000 };

const checks = numericFields(LIMITS, (f) => S.fields[f], { ...S.errors, outOfRange: S.errors.range });

export const stateError = (state: HeadsState) => checks.firstError(state);

export function parseHeadsState(raw: unknown): { ok: true; value: Partial<HeadsState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  return checks.parseFields(raw);
}

/** InceptionCost's shareable state, its limits and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { factorise, inceptionModuleCost, type Factorisation, type ModuleCost } from '@/lib/nn/inceptionModule';
import { S } from './strings';

export interface InceptionCostState {
  h: number;
  w: number;
  cin: number;
  c1: number;
  c3r: number;
  c3: number;
  c5r: number;
  c5: number;
  proj: number;
  reduce: boolean;
  /** The kernel side in the factorisation panel. */
  n: number;
}

export type ModuleField = 'h' | 'w' | 'cin' | 'c1' | 'c3r' | 'c3' | 'c5r' | 'c5' | 'proj';
export type NumericField = ModuleField | 'n';

export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  h: [1, 1024],
  w: [1, 1024],
  cin: [1, 8192],
  c1: [1, 8192],
  c3r: [1, 8192],
  c3: [1, 8192],
  c5r: [1, 8192],
  c5: [1, 8192],
  proj: [1, 8192],
  n: [1, 31],
};

/** The CS231n example module (Stanford CS231n, lecture 9): 28×28×256 in. */
export const CS231N = { h: 28, w: 28, cin: 256, c1: 128, c3r: 64, c3: 192, c5r: 64, c5: 96, proj: 64 } as const;
/** GoogLeNet's inception3a as the paper gives it (Table 1): 28×28×192 in. */
export const INCEPTION_3A = { h: 28, w: 28, cin: 192, c1: 64, c3r: 96, c3: 128, c5r: 16, c5: 32, proj: 32 } as const;

export const DEFAULT_STATE: InceptionCostState = { ...CS231N, reduce: false, n: 5 };

const checks = numericFields(LIMITS, (f) => S.fields[f].label, {
  ...S.errors,
  outOfRange: (label, min, max, v) => (v < min ? S.errors.tooSmall(label, min, v) : S.errors.tooLarge(label, max, v)),
});

export const fieldError = checks.fieldError;

/** The fields the module uses in each mode, in reading order. */
export const moduleFields = (reduce: boolean): ModuleField[] =>
  reduce ? ['h', 'w', 'cin', 'c1', 'c3r', 'c3', 'c5r', 'c5', 'proj'] : ['h', 'w', 'cin', 'c1', 'c3', 'c5'];

export type ModuleEvaluation =
  | { ok: false; error: string; field: ModuleField }
  | { ok: true; cost: ModuleCost; naive: ModuleCost; reduced: ModuleCost; warnings: string[] };

/** The module's costs in the current mode and in both, or the first impossible count. */
export function evaluateModule(state: InceptionCostState): ModuleEvaluation {
  for (const field of moduleFields(state.reduce)) {
    const error = fieldError(field, state[field]);
    if (error) return { ok: false, error, field };
  }
  // In naive mode the reduce fields are hidden; a bad hidden value must not break the comparison.
  const safe = (f: ModuleField) => (fieldError(f, state[f]) ? 1 : state[f]);
  const spec = { h: state.h, w: state.w, cin: state.cin, c1: state.c1, c3r: safe('c3r'), c3: state.c3, c5r: safe('c5r'), c5: state.c5, proj: safe('proj') };
  const naive = inceptionModuleCost({ ...spec, reduce: false });
  const reduced = inceptionModuleCost({ ...spec, reduce: true });
  const warnings = state.reduce
    ? (['c3r', 'c5r'] as const).filter((f) => state[f] >= state.cin).map((f) => S.notReducing(S.fields[f].label, state[f], state.cin))
    : [];
  return { ok: true, cost: state.reduce ? reduced : naive, naive, reduced, warnings };
}

export function evaluateFactorisation(n: number): { ok: true; value: Factorisation } | { ok: false; error: string } {
  const error = fieldError('n', n);
  return error ? { ok: false, error } : { ok: true, value: factorise(n) };
}

/** Validate state from a shared link: every field optional, every present field checked. */
export function parseInceptionCostState(raw: unknown): { ok: true; value: Partial<InceptionCostState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const numbers = checks.parseFields(raw);
  if (!numbers.ok) return numbers;
  const value: Partial<InceptionCostState> = { ...numbers.value };
  if ('reduce' in raw) {
    if (typeof raw.reduce !== 'boolean') return { ok: false, error: S.errors.reduceNotBoolean };
    value.reduce = raw.reduce;
  }
  return { ok: true, value };
}

/** The module's and the factorisation's numbers for a state, or the first problem, in words. No React. */
import { factorise, inceptionModuleCost, type Factorisation, type ModuleCost } from '@/lib/nn/inceptionModule';
import { fieldIssue, moduleFields, type InceptionCostState, type ModuleField } from './state';
import { numberMessage, S } from './strings';

export type ModuleEvaluation =
  | { ok: false; error: string; field: ModuleField }
  | { ok: true; cost: ModuleCost; naive: ModuleCost; reduced: ModuleCost; warnings: string[] };

/** The module's costs in the current mode and in both, or the first impossible count. */
export function evaluateModule(state: InceptionCostState): ModuleEvaluation {
  for (const field of moduleFields(state.reduce)) {
    const issue = fieldIssue(field, state[field]);
    if (issue) return { ok: false, error: numberMessage(issue), field };
  }
  // In naive mode the reduce fields are hidden; a bad hidden value must not break the comparison.
  const safe = (f: ModuleField) => (fieldIssue(f, state[f]) ? 1 : state[f]);
  const spec = { h: state.h, w: state.w, cin: state.cin, c1: state.c1, c3r: safe('c3r'), c3: state.c3, c5r: safe('c5r'), c5: state.c5, proj: safe('proj') };
  const naive = inceptionModuleCost({ ...spec, reduce: false });
  const reduced = inceptionModuleCost({ ...spec, reduce: true });
  const warnings = state.reduce
    ? (['c3r', 'c5r'] as const).filter((f) => state[f] >= state.cin).map((f) => S.notReducing(S.fields[f], state[f], state.cin))
    : [];
  return { ok: true, cost: state.reduce ? reduced : naive, naive, reduced, warnings };
}

export function evaluateFactorisation(n: number): { ok: true; value: Factorisation } | { ok: false; error: string } {
  const issue = fieldIssue('n', n);
  return issue ? { ok: false, error: numberMessage(issue) } : { ok: true, value: factorise(n) };
}

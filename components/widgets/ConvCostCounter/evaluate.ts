/** What the counter shows for a state, or the first problem with the reader's numbers, in words. No React. */
import { describeConvCost, type ConvCostResult } from '@/lib/nn/convArithmetic';
import { stateError, type ConvCostState, type NumericField } from './state';
import { numberMessage } from './strings';

export type Evaluation = { ok: false; error: string; field: NumericField | null } | Extract<ConvCostResult, { ok: true }>;

export function evaluate(state: ConvCostState): Evaluation {
  const problem = stateError(state);
  if (problem) return { ok: false, field: problem.field, error: numberMessage(problem.issue) };
  const r = describeConvCost({
    inH: state.inH,
    inW: state.inW,
    cin: state.cin,
    cout: state.cout,
    kh: state.kernel,
    kw: state.kernel,
    stride: state.stride,
    padding: state.padding,
    bias: state.bias,
  });
  if (r.ok) return r;
  const field = r.field === 'kh' || r.field === 'kw' ? 'kernel' : (r.field as NumericField | undefined) ?? null;
  return { ok: false, error: r.error, field };
}

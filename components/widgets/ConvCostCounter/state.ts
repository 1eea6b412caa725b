/** The counter's shareable state, its limits, and the validation of a shared link. No React. */
import { isPlainObject, numericFields } from '@/lib/store/numericFields';
import { describeConvCost, type ConvCostResult } from '@/lib/nn/convArithmetic';
import { S } from './strings';

export interface ConvCostState {
  inH: number;
  inW: number;
  cin: number;
  cout: number;
  /** Square kernel: k_h = k_w = kernel. */
  kernel: number;
  stride: number;
  padding: number;
  bias: boolean;
}

export type NumericField = Exclude<keyof ConvCostState, 'bias'>;

/** Bounds that keep every count meaningful; typing past them shows a message, not a number. */
export const LIMITS: Record<NumericField, [min: number, max: number]> = {
  inH: [1, 4096],
  inW: [1, 4096],
  cin: [1, 4096],
  cout: [1, 4096],
  kernel: [1, 4096],
  stride: [1, 4096],
  padding: [0, 4096],
};

export const DEFAULT_STATE: ConvCostState = { inH: 227, inW: 227, cin: 3, cout: 96, kernel: 11, stride: 4, padding: 0, bias: true };

const checks = numericFields(LIMITS, (f) => S.fields[f].label, {
  ...S.errors,
  outOfRange: (label, min, max, v) => (v < min ? S.errors.tooSmall(label, min, v) : S.errors.tooLarge(label, max, v)),
});

/** The message for one field's value, or null when it is a whole number within its limits. */
export const fieldError = checks.fieldError;

export type Evaluation = { ok: false; error: string; field: NumericField | null } | Extract<ConvCostResult, { ok: true }>;

/** Everything the counter shows, or the first problem with the reader's numbers. */
export function evaluate(state: ConvCostState): Evaluation {
  const problem = checks.firstError(state);
  if (problem) return { ok: false, ...problem };
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

/** Validate state from a shared link: every field optional, every present field checked. */
export function parseConvCostState(raw: unknown): { ok: true; value: Partial<ConvCostState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const record = raw;
  const numbers = checks.parseFields(record);
  if (!numbers.ok) return numbers;
  const value: Partial<ConvCostState> = { ...numbers.value };
  if ('bias' in record) {
    if (typeof record.bias !== 'boolean') return { ok: false, error: S.errors.biasNotBoolean };
    value.bias = record.bias;
  }
  return { ok: true, value };
}

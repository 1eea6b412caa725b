import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, schema } from '@/components/widgets/ConvCostCounter/state';
import { evaluate } from '@/components/widgets/ConvCostCounter/evaluate';
import { ISSUES } from '@/components/widgets/ConvCostCounter/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { axisTex, fcParamsTex, macsTex, paramsTex } from '@/components/widgets/ConvCostCounter/formulas';

describe('ConvCostCounter shared-state parser', () => {
  it('accepts a full valid state and a partial one', () => {
    expect(schema.parse(DEFAULT_STATE)).toEqual({ state: DEFAULT_STATE, issues: [] });
    expect(schema.parse({ stride: 2, bias: false })).toEqual({ state: { ...DEFAULT_STATE, stride: 2, bias: false }, issues: [] });
  });
  it('ignores unknown keys', () => {
    expect(schema.parse({ kernel: 3, colour: 'red' })).toEqual({ state: { ...DEFAULT_STATE, kernel: 3 }, issues: [] });
  });
  it.each([
    [null, /object/],
    [[1, 2], /object/],
    ['227', /object/],
    [{ stride: 0 }, /Stride s must be between 1 and 4,096 \(got 0\)/],
    [{ padding: -1 }, /Padding p must be between 0 and 4,096 \(got -1\)/],
    [{ inH: 2.5 }, /whole number/],
    [{ cin: '3' }, /Input channels C_in must be a number from 1 to 4,096 \(got "3"\)/],
    [{ cout: null }, /Kernels C_out must be a number from 1 to 4,096 \(got null\)/],
    [{ inW: 1e9 }, /Input width W must be between 1 and 4,096 \(got 1000000000\)/],
    [{ bias: 'yes' }, /bias must be true or false/],
  ])('rejects %o', (raw, message) => {
    // A refused link leaves the state as it was and says why, in the words the widget shows.
    const r = schema.parse(raw);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.issues).not.toEqual([]);
    expect(issuesText(r.issues, ISSUES)).toMatch(message);
  });
});

describe('ConvCostCounter evaluation', () => {
  it('AlexNet conv1 by default', () => {
    const r = evaluate(DEFAULT_STATE);
    expect(r.ok && [r.outH, r.outW, r.cout, r.params, r.macs]).toEqual([55, 55, 96, 34_944, 105_415_200]);
  });
  it.each([
    [{ kernel: 300 }, 'kernel', /larger than the padded input/],
    [{ stride: Number.NaN }, 'stride', /empty or not a number/],
    [{ inH: -4 }, 'inH', /at least 1/],
    [{ padding: 1.5 }, 'padding', /whole number/],
  ])('%o is explained and points at the field', (patch, field, message) => {
    const r = evaluate({ ...DEFAULT_STATE, ...patch });
    expect(r).toMatchObject({ ok: false, field });
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('ConvCostCounter formulas', () => {
  const alex = evaluate(DEFAULT_STATE);
  const inexact = evaluate({ ...DEFAULT_STATE, inH: 224, inW: 224 });
  if (!alex.ok || !inexact.ok) throw new Error('reference layers must be valid');
  it('substitutes the numbers, with KaTeX-safe separators', () => {
    expect(axisTex(alex.axisH, 'H,W')).toContain('\\frac{227 + 2\\cdot 0 - 11}{4} + 1 = 55');
    expect(paramsTex(alex, 11, 3, true)).toContain('(11 \\cdot 11 \\cdot 3 + 1) \\cdot 96 = 34{,}944');
    expect(paramsTex(alex, 11, 3, false)).not.toContain('+ 1');
    expect(macsTex(alex, 11, 3)).toContain('55 \\cdot 55 \\cdot 96 \\cdot 11 \\cdot 11 \\cdot 3');
    expect(fcParamsTex(alex, true)).toContain('154{,}587 \\cdot 290{,}400 + 290{,}400');
  });
  it('shows the floor only when the division is not exact', () => {
    expect(axisTex(alex.axisH, 'H')).not.toContain('lfloor');
    expect(axisTex(inexact.axisH, 'H')).toContain('= 54.25');
    expect(axisTex(inexact.axisH, 'H')).toContain('\\lfloor 54.25 \\rfloor = 54');
  });
});

/** GradientFlow's shared-link parser and its pure helpers. */
import { describe, expect, it } from 'vitest';
import { moveBlock, sci, sciTex, strokeFor } from '@/components/widgets/GradientFlow/model';
import { DEFAULT_STATE, schema } from '@/components/widgets/GradientFlow/state';
import { ISSUES } from '@/components/widgets/GradientFlow/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';

describe('GradientFlow state schema', () => {
  it('accepts a valid link and keeps only what it carries', () => {
    expect(schema.parse({ depth: 30, architecture: 'residual', batchNorm: true, trainDepth: 10 })).toEqual({
      state: { ...DEFAULT_STATE, depth: 30, architecture: 'residual', batchNorm: true, trainDepth: 10 }, issues: [],
    });
  });
  it.each([
    [{ depth: 0 }, /Depth \(layers\) must be between 1 and 100 \(got 0\)/],
    [{ depth: 12.5 }, /whole number/],
    [{ initScale: 9 }, /Initial weight scale must be between 0.25 and 4 \(got 9\)/],
    [{ activation: 'softmax' }, /activation must be one of sigmoid, tanh, relu/],
    [{ trainDepth: 25 }, /trainDepth must be one of 10, 20, 30/],
    [{ batchNorm: 'yes' }, /batchNorm/],
    ['nonsense', /settings/],
  ])('refuses %j with a message', (raw, message) => {
    // A refused link leaves the state as it was and says why, in the words the widget shows.
    const r = schema.parse(raw);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.issues).not.toEqual([]);
    expect(issuesText(r.issues, ISSUES)).toMatch(message);
  });
  it('defaults to the lesson’s opening case', () => {
    expect(DEFAULT_STATE).toMatchObject({ depth: 50, architecture: 'plain', activation: 'sigmoid', batchNorm: false });
  });
});

describe('GradientFlow helpers', () => {
  it('formats far-from-1 numbers in scientific notation, in text and TeX', () => {
    expect(sci(3.21e-12)).toBe('3.2e\u221212');
    expect(sci(0.413)).toBe('0.41');
    expect(sciTex(3.21e-12)).toBe('3.2 \\times 10^{-12}');
  });
  it('maps six decades of gradient onto the stroke range', () => {
    expect(strokeFor(1, 1)).toBe(9);
    expect(strokeFor(1e-6, 1)).toBeCloseTo(0.6);
    expect(strokeFor(1e-9, 1)).toBeCloseTo(0.6);
    expect(strokeFor(1e-3, 1, 5)).toBeCloseTo(2.8);
  });
  it('moves the chosen block with the keys, within 1 … depth', () => {
    expect(moveBlock(1, 'ArrowLeft', 50)).toBe(1);
    expect(moveBlock(1, 'ArrowRight', 50)).toBe(2);
    expect(moveBlock(45, 'PageUp', 50)).toBe(50);
    expect(moveBlock(7, 'End', 50)).toBe(50);
    expect(moveBlock(7, 'Enter', 50)).toBeNull();
  });
});

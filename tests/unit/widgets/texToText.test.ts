import { describe, expect, it } from 'vitest';
import { texToText } from '@/components/widgets/shared/texToText';
import { axisTex } from '@/components/widgets/ConvolutionStepper/formulaTex';

// The plain-text formula a reader sees before KaTeX arrives must say the same as the typeset one.
describe('plain-text fallback of live formulas', () => {
  it('writes the output-size formula with the reader numbers, floor included', () => {
    expect(texToText(axisTex('H', { n: 7, f: 3, p: 0, s: 3, d: 1 }, 'x'))).toBe(
      'H_out = ⌊(7 + 2 · 0 − 1 · (3−1) − 1)/3⌋ + 1 = ⌊4/3⌋ + 1 = ⌊1.33…⌋ + 1 = 2',
    );
  });

  it('turns TeX operators and grouped thousands into text', () => {
    expect(texToText('(11 \\cdot 11 \\cdot 3 + 1) \\times 96 = 34{,}944')).toBe('(11 · 11 · 3 + 1) × 96 = 34,944');
  });

  it('keeps one line per aligned row', () => {
    expect(texToText('\\begin{aligned} a &= \\frac{1}{2} \\\\ b &= \\left\\lfloor x \\right\\rfloor \\end{aligned}')).toBe('a = 1/2\nb = ⌊x⌋');
  });
});

/**
 * The convolution stepper's pure logic, part 2: how typed cells parse, numbers as printed and fitted in cells, and the pace of playing. The numbers come from lib/compute (tfjs).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOM_INPUT, imageFromCells } from '@/components/widgets/shared/stepper/customInput';
import { cellTexts, fitFont, outlineScale, textEm, widestText } from '@/components/widgets/shared/stepper/cellText';
import { fmt, fmtTerm } from '@/components/widgets/shared/stepper/format';
import { KERNELS, kernelBank } from '@/components/widgets/ConvolutionStepper/kernels';
import { parseCell, resizeCells } from '@/components/widgets/shared/stepper/cells';
import { windowsDue } from '@/components/widgets/shared/stepper/usePlayer';
import { ready } from '@/lib/compute';

beforeAll(async () => {
  await ready();
});

describe('typed cells (parseCell, resizeCells)', () => {
  it('reads decimals, with or without a leading digit, at full precision', () => {
    expect(parseCell('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseCell('2.')).toEqual({ ok: true, value: 2 });
    expect(parseCell(' -0.82013452 ')).toEqual({ ok: true, value: -0.82013452 });
    expect(parseCell('0,5')).toEqual({ ok: true, value: 0.5 });
  });

  it('reads the typographic minus sign', () => {
    expect(parseCell('−2')).toEqual({ ok: true, value: -2 });
  });

  it('reads fractions such as 1/9', () => {
    expect(parseCell('1/9')).toEqual({ ok: true, value: 1 / 9 });
    expect(parseCell('−1 / 4')).toEqual({ ok: true, value: -0.25 });
  });

  it('says why a cell is refused: empty, not a number, too large', () => {
    expect(parseCell('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseCell('abc')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseCell('1/0')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseCell('1e9')).toEqual({ ok: false, problem: 'too-large' });
  });

  it('grows a grid with zeros around it and shrinks it back to the same cells', () => {
    const nine = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    const five = resizeCells(nine, 3, 5);
    expect(five[6]).toBe('1');
    expect(five[0]).toBe('0');
    expect(resizeCells(five, 5, 3)).toEqual(nine);
  });

  it('round-trips a resize by an odd number of cells (5×5 → 6×6 → 5×5)', () => {
    const six = resizeCells(DEFAULT_CUSTOM_INPUT, 5, 6);
    expect(six.filter((c) => c !== '0')).toHaveLength(DEFAULT_CUSTOM_INPUT.filter((c) => c !== '0').length);
    expect(resizeCells(six, 6, 5)).toEqual(DEFAULT_CUSTOM_INPUT);
  });

  it('lists every unreadable cell of a typed input by its index', () => {
    const cells = ['1', 'x', '3', '4', '', '6', '7', '8', '9'];
    expect(imageFromCells(cells, 3)).toEqual({
      ok: false,
      errors: [
        { index: 1, text: 'x', problem: 'not-a-number' },
        { index: 4, text: '', problem: 'empty' },
      ],
    });
  });

  it('weighs the kernel pattern per colour channel in RGB mode', () => {
    const b = kernelBank(KERNELS['sobel-x'].values, 3, 'rgb', 2);
    expect(b.shape).toEqual([2, 3, 3, 3]);
    expect(b.data[27 + 9 + 2]).toBe(-1); // kernel 2 (red minus green), G slice, cell (0,2)
    expect(b.data[27 + 0 + 2]).toBe(1); // kernel 2, R slice
    expect(kernelBank(KERNELS['sobel-x'].values, 3, 'gray', 4).shape).toEqual([1, 1, 3, 3]);
  });
});

describe('numbers as printed', () => {
  it('rounds to two decimals, with a real minus sign and no negative zero', () => {
    expect(fmt(-0.004)).toBe('0');
    expect(fmt(-1.5)).toBe('−1.5');
    expect(fmt(2 / 3)).toBe('0.67');
    expect(fmtTerm(-2)).toBe('(−2)');
    expect(fmtTerm(2)).toBe('2');
  });
});

describe('numbers in cells', () => {
  it('estimates the width of a printed number, the minus sign wider than a digit', () => {
    expect(textEm('−0.82')).toBeGreaterThan(textEm('0.82'));
    expect(textEm('1/9')).toBeLessThan(textEm('0.11'));
  });

  it('keeps the usual font for short numbers and shrinks it for long ones, never below a floor', () => {
    expect(fitFont(['0', '3', '0.5'], 36)).toBe(12);
    const long = fitFont(['−0.82', '0.5'], 36);
    expect(long).toBeLessThan(12);
    expect(textEm('−0.82') * long).toBeLessThanOrEqual(36 * 0.84);
    expect(fitFont(['−123456.78'], 36)).toBe(7.2);
    expect(fitFont([undefined, ''], 36)).toBe(12);
  });

  it('shows two decimals in cells drawn large enough, fewer, cell by cell, in small ones', () => {
    const values = [-0.82013452, 0.5, -12.3456, 3];
    expect(cellTexts(values, 50, 36)).toEqual(['−0.82', '0.5', '−12.35', '3']);
    expect(cellTexts(values, 36, 36)).toEqual(['−0.82', '0.5', '−12.3', '3']);
    expect(cellTexts(values, 25, 36)).toEqual(['−0.8', '0.5', '−12', '3']); // a 12×12 grid on a phone
  });

  it('sizes the detail panel’s cells for the widest number any window shows', () => {
    expect(widestText([0, 1, 2, 3])).toBe('8');
    expect(widestText([0.19, 0.5, 0.2])).toBe('8.88');
    expect(widestText([-0.19, 0.5, 12.25])).toBe('−8.88'); // the minus sign is wider than a digit
    expect(widestText([-12.5, 3])).toBe('−88.88');
    expect(textEm(widestText([-0.19, 0.5]))).toBeGreaterThanOrEqual(textEm('−0.19'));
    expect(widestText([-0.001, 0.5])).toBe('8.88'); // prints as 0, no minus sign
  });

  it('thickens outlines on grids drawn small, so the window stays visible', () => {
    expect(outlineScale(5, 36, 36)).toBe(1);
    expect(outlineScale(5, 4, 36)).toBeCloseTo(4.5);
  });
});

describe('playing', () => {
  it('advances one window per tick when on time, and catches up when late, at most a quarter second', () => {
    expect(windowsDue(1000, 1000, 32)).toBe(1);
    expect(windowsDue(990, 1000, 32)).toBe(1);
    expect(windowsDue(1000 + 3 * (1000 / 256), 1000, 256)).toBe(4);
    expect(windowsDue(5000, 1000, 256)).toBe(Math.floor(250 / (1000 / 256)) + 1);
  });
});

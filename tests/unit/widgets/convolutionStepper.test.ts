/**
 * The convolution stepper's pure logic: what a shared link and MDX props may set, how typed cells
 * parse, the window's geometry and keyboard moves, the output-size formula, the sentence a screen
 * reader hears, and the pictures it convolves. The numbers come from lib/compute (tfjs).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { announcement } from '@/components/widgets/ConvolutionStepper/announce';
import { DEFAULT_CUSTOM_INPUT, imageFromCells } from '@/components/widgets/shared/stepper/customInput';
import { cellTexts, fitFont, outlineScale, textEm, widestText } from '@/components/widgets/shared/stepper/cellText';
import { fmt, fmtTerm } from '@/components/widgets/shared/stepper/format';
import { axisTex, GENERIC_TEX, span } from '@/components/widgets/ConvolutionStepper/formulaTex';
import { convGeometry, geometryOfTrace, stepByKey, type Geometry } from '@/components/widgets/shared/stepper/geometry';
import { chooseKernel } from '@/components/widgets/ConvolutionStepper/kernelChoice';
import { KERNELS, kernelBank } from '@/components/widgets/ConvolutionStepper/kernels';
import { parseCell, resizeCells } from '@/components/widgets/shared/stepper/cells';
import { colourScale } from '@/components/widgets/shared/stepper/colors';
import { INPUTS_BY_MODE, NUMBERS_IMAGE, PHOTO_PATHS, inputSource, parseImageJson, type InputImage } from '@/components/widgets/shared/stepper/presets';
import { DEFAULT_STATE, SPEEDS, normalizeState, schema, type StepperState } from '@/components/widgets/ConvolutionStepper/state';
import { windowsDue } from '@/components/widgets/shared/stepper/usePlayer';
import { ISSUES, strings } from '@/components/widgets/ConvolutionStepper/strings';
import { ISSUE_WORDS, issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { convolutionTrace, ready } from '@/lib/compute';

const golden = JSON.parse(readFileSync('tests/golden/conv2d_basic.json', 'utf8')) as {
  inputs: Record<'x' | 'w' | 'b', { data: number[] }>;
  outputs: { y: { shape: number[]; data: number[] } };
};
const ONES = (n: number) => Array<string>(n).fill('1');

/** A link's state as the widget applies it: the link over the defaults, repaired. */
function applyLink(raw: unknown): StepperState {
  const parsed = schema.parse(raw);
  if (parsed.issues.length) throw new Error(issuesText(parsed.issues, ISSUES));
  return parsed.state;
}

/** Why a link is refused, in the words the widget shows. */
function errorOf(raw: unknown): string {
  const r = schema.parse(raw);
  return r.issues.length ? issuesText(r.issues, ISSUES) : '(accepted)';
}

/** The issues of a link, for checks stricter than its words. */
const issuesOf = (raw: unknown) => schema.parse(raw).issues;

/** MDX props as the widget reads them: the state, and each problem as the lesson shows it. */
function stateFromProps(props: Record<string, unknown>) {
  const r = schema.fromProps(props);
  return { state: r.state, issues: r.issues, problems: r.issues.map((i) => issuesText([i], ISSUES)) };
}

/** The gray trace the widget would compute for this state (bias of the first kernel). */
function traceOf(state: StepperState, image: InputImage) {
  const kernel = chooseKernel(state);
  if (!kernel.ok) throw new Error('kernel cells do not parse');
  const bank = kernelBank(kernel.pattern, kernel.size, 'gray', 1);
  return convolutionTrace({
    input: image.data,
    inputShape: [1, image.height, image.width],
    kernels: bank.data,
    kernelShape: bank.shape,
    bias: [state.bias[0]],
    stride: state.stride,
    padding: state.padding,
    dilation: state.dilation,
  });
}

beforeAll(async () => {
  await ready();
});

describe('a shared link (schema.parse)', () => {
  it('returns exactly the valid fields it carries', () => {
    expect(schema.parse({ stride: 2, kernel: 'laplacian' })).toEqual({ state: { ...DEFAULT_STATE, stride: 2, kernel: 'laplacian' }, issues: [] });
  });

  it('ignores fields the widget does not know', () => {
    expect(schema.parse({ stride: 2, colour: 'red' })).toEqual({ state: { ...DEFAULT_STATE, stride: 2 }, issues: [] });
  });

  it('rejects a stride outside 1–3, naming the field and the value', () => {
    expect(issuesOf({ stride: 0 })).toEqual([{ field: 'stride', code: 'out-of-range', got: '0', min: 1, max: 3 }]);
    expect(errorOf({ stride: 0 })).toBe('stride must be between 1 and 3 (got 0).');
    expect(errorOf({ stride: 1.5 })).toMatch(/^stride must be a whole number/);
  });

  it('rejects a padding or dilation given as text', () => {
    expect(issuesOf({ padding: '1' })).toEqual([{ field: 'padding', code: 'not-number', got: '"1"', min: 0, max: 2 }]);
    expect(errorOf({ padding: '1' })).toBe('padding must be a number from 0 to 2 (got "1").');
    expect(issuesOf({ dilation: 3 })).toEqual([{ field: 'dilation', code: 'out-of-range', got: '3', min: 1, max: 2 }]);
  });

  it('rejects an unknown kernel or input, listing the choices', () => {
    expect(errorOf({ kernel: 'emboss' })).toMatch(/^kernel must be one of identity, box-blur, .*custom \(got "emboss"\)/);
    expect(errorOf({ input: 'cat' })).toMatch(/^input must be one of grid, edge, digit, photo, photo-large, pattern, custom/);
  });

  it('rejects anything that is not an object of settings', () => {
    for (const raw of ['x', null, [1, 2], 3]) expect(errorOf(raw)).toBe(ISSUE_WORDS.notObject);
  });

  it('rejects an input that the chosen mode does not have', () => {
    expect(errorOf({ mode: 'gray', input: 'pattern' })).toMatch(/not available in grayscale mode \(got "pattern"\)/);
    expect(errorOf({ mode: 'rgb', input: 'custom' })).toMatch(/not available in colour mode \(got "custom"\)/);
  });

  it('keeps custom kernel cells that are not numbers, for the editor to explain in place', () => {
    const r = schema.parse({ custom: ['1', 'a', '0', '0', '0', '0', '0', '0', '0'] });
    expect(r.issues).toEqual([]);
    expect(r.state.custom[1]).toBe('a');
    expect(r.state.customSize).toBe(3);
  });

  it('rejects a custom kernel that is neither 3×3 nor 5×5', () => {
    const notSquare = { field: 'custom', code: 'invalid', detail: 'not-square:3,5' };
    expect(issuesOf({ custom: ['1'] })).toMatchObject([notSquare]);
    expect(issuesOf({ custom: ONES(16) })).toMatchObject([notSquare]);
    expect(errorOf({ custom: ONES(16) })).toMatch(/^the custom kernel \(custom\): must be a square grid of numbers, 3×3, 5×5/);
    expect(issuesOf({ custom: ONES(9), customSize: 5 })).toMatchObject([{ field: 'custom', code: 'invalid', detail: 'size-mismatch' }]);
  });

  it('infers the custom kernel size from its cells when the link leaves it out', () => {
    const state = applyLink({ kernel: 'custom', custom: ONES(25) });
    expect(state.customSize).toBe(5);
    expect(state.custom).toHaveLength(25);
  });

  it('rejects a bias beyond ±10 or more biases than kernels', () => {
    expect(issuesOf({ bias: [0, 11] })).toMatchObject([{ field: 'bias', code: 'bad-item', index: 1, detail: 'out-of-range', min: -10, max: 10 }]);
    expect(errorOf({ bias: [0, 11] })).toMatch(/between -10 and 10/);
    expect(issuesOf({ bias: [0, 0, 0, 0, 0] })).toMatchObject([{ field: 'bias', code: 'bad-list', min: 1, max: 4 }]);
  });

  it('pads a short bias list with zeros, one bias per kernel', () => {
    const r = schema.parse({ bias: 0.5 });
    expect(r.issues).toEqual([]);
    expect(r.state.bias).toEqual([0.5, 0, 0, 0]);
  });
});

describe('a shared link with a custom input', () => {
  it('keeps every digit of a 5×5 input given as numbers, and infers its size', () => {
    const state = applyLink({ input: 'custom', customInput: golden.inputs.x.data });
    expect(state.input).toBe('custom');
    expect(state.customInputSize).toBe(5);
    expect(state.customInput[0]).toBe('-0.82013452');
    const typed = imageFromCells(state.customInput, state.customInputSize);
    expect(typed.ok && Array.from(typed.image.data)).toEqual(golden.inputs.x.data);
  });

  it('accepts cells written as text: fractions, a real minus sign, a comma', () => {
    const cells = ['1/2', '−3', '0,25', ...ONES(6)];
    const state = applyLink({ input: 'custom', customInput: cells, customInputSize: 3 });
    const typed = imageFromCells(state.customInput, state.customInputSize);
    expect(typed.ok && Array.from(typed.image.data).slice(0, 3)).toEqual([0.5, -3, 0.25]);
  });

  it('rejects a cell count that is not a square grid from 3×3 to 8×8', () => {
    expect(errorOf({ customInput: ONES(24) })).toMatch(/^the custom input \(customInput\): must be a square grid of numbers, 3×3, 4×4, 5×5, 6×6, 7×7, 8×8 \(got /);
    const notSquare = { field: 'customInput', code: 'invalid', detail: 'not-square:3,4,5,6,7,8' };
    for (const n of [24, 4, 81]) expect(issuesOf({ customInput: ONES(n) })).toMatchObject([notSquare]);
    expect(issuesOf({ customInput: '1,2,3' })).toEqual([{ ...notSquare, got: '"1,2,3"' }]);
  });

  it('rejects cells that disagree with the stated size', () => {
    expect(issuesOf({ customInput: ONES(25), customInputSize: 7 })).toEqual([{ field: 'customInput', code: 'invalid', detail: 'size-mismatch', got: '25 cells, size 7' }]);
    expect(errorOf({ customInput: ONES(25), customInputSize: 7 })).toBe('the custom input (customInput): the number of cells does not match the size (got 25 cells, size 7).');
  });

  it('rejects a size outside the editor’s choices', () => {
    expect(errorOf({ customInputSize: 9 })).toBe('customInputSize must be one of 3, 4, 5, 6, 7, 8 (got 9).');
  });

  it('rejects a cell that is not a number, naming its row and column', () => {
    const cells = ONES(25);
    cells[7] = 'abc';
    expect(errorOf({ customInput: cells })).toMatch(/^the custom input \(customInput\): row 2, column 3: not a number/);
    cells[7] = '';
    expect(errorOf({ customInput: cells })).toMatch(/^the custom input \(customInput\): row 2, column 3: empty/);
    cells[7] = '2000';
    expect(errorOf({ customInput: cells })).toMatch(/^the custom input \(customInput\): row 2, column 3: too large; keep values between −1000 and 1000/);
  });

  it('rejects a cell of the wrong JSON type (null, true, a list)', () => {
    for (const bad of [null, true, [1]]) {
      const cells: unknown[] = ONES(9);
      cells[8] = bad;
      expect(errorOf({ customInput: cells })).toMatch(/^the custom input \(customInput\): row 3, column 3: not a number/);
    }
  });

  it('resizes the reader’s cells when a link carries only a size', () => {
    const state = applyLink({ customInputSize: 7 });
    expect(state.customInput).toHaveLength(49);
    // The 5×5 grid sits in the middle, zeros around it.
    expect(state.customInput.slice(8, 13)).toEqual(DEFAULT_CUSTOM_INPUT.slice(0, 5));
    expect(state.customInput[0]).toBe('0');
  });

  it('reproduces PyTorch’s conv2d (golden vectors) with a custom input, custom kernel and bias', () => {
    const x = golden.inputs.x.data;
    const state = applyLink({
      input: 'custom',
      customInput: x,
      customInputSize: 5,
      kernel: 'custom',
      custom: golden.inputs.w.data,
      bias: golden.inputs.b.data,
      padding: 0,
      stride: 1,
      dilation: 1,
    });
    const typed = imageFromCells(state.customInput, state.customInputSize);
    if (!typed.ok) throw new Error('custom input did not parse');
    const t = traceOf(state, typed.image);
    expect([t.outH, t.outW]).toEqual(golden.outputs.y.shape.slice(2));
    Array.from(t.output).forEach((v, i) => expect(Math.abs(v - golden.outputs.y.data[i])).toBeLessThan(1e-4));
  });
});

describe('MDX props (schema.fromProps)', () => {
  it('reads numbers written as strings, and the names authors reach for', () => {
    const { state, problems } = stateFromProps({ stride: '2', padding: '0', kernel: 'box', input: 'numbers', mode: 'grayscale' });
    expect(problems).toEqual([]);
    expect([state.stride, state.padding, state.kernel, state.input, state.mode]).toEqual([2, 0, 'box-blur', 'grid', 'gray']);
  });

  it('replaces a bad prop by its default and reports it, keeping the good ones', () => {
    const { state, problems } = stateFromProps({ input: 'cat', stride: '2', mode: 'rgb', kernel: 'box', kernels: 4 });
    expect(state.stride).toBe(2);
    expect(state.input).toBe('photo');
    expect(state.kernel).toBe('box-blur');
    expect(state.kernels).toBe(4);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^input must be one of .*\(got "cat"\)/);
  });

  it('selects the custom kernel when rows of weights are given', () => {
    const { state, problems } = stateFromProps({ customKernel: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
    expect(problems).toEqual([]);
    expect(state.kernel).toBe('custom');
    expect(state.custom).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('selects the custom input when rows of numbers are given', () => {
    const rows = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, -0.5]];
    const { state, problems } = stateFromProps({ customInput: rows });
    expect(problems).toEqual([]);
    expect(state.input).toBe('custom');
    expect(state.customInputSize).toBe(4);
    expect(state.customInput[15]).toBe('-0.5');
  });

  it('keeps an explicitly chosen input when custom input rows are also given', () => {
    const { state } = stateFromProps({ input: 'edge', customInput: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
    expect(state.input).toBe('edge');
    expect(state.customInput).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('reports custom input rows that do not form a square, and keeps the default input', () => {
    const { state, problems } = stateFromProps({ customInput: [[1, 2, 3], [4, 5, 6]] });
    expect(state.input).toBe(DEFAULT_STATE.input);
    expect(problems).toEqual(['the custom input (customInput): must be a square grid of numbers, 3×3, 4×4, 5×5, 6×6, 7×7, 8×8 (got [[1,2,3],[4,5,6]]).']);
  });

  it('reports a custom input cell that is not a number', () => {
    const { state, problems } = stateFromProps({ customInput: [[1, 2, 3], [4, 'x', 6], [7, 8, 9]] });
    expect(state.input).toBe(DEFAULT_STATE.input);
    expect(problems[0]).toMatch(/^the custom input \(customInput\): row 2, column 2: not a number/);
  });

  it('reports a custom input in RGB mode and falls back to the first colour input', () => {
    const { state, issues, problems } = stateFromProps({ mode: 'rgb', customInput: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
    expect(state.input).toBe('photo');
    expect(issues).toEqual([{ field: 'input', code: 'invalid', detail: 'not-in-rgb', got: '"custom"' }]);
    expect(problems).toEqual(['input: the input is not available in colour mode (got "custom").']);
  });

  it('repairs an RGB-only input left behind in grayscale mode', () => {
    expect(normalizeState({ ...DEFAULT_STATE, input: 'pattern' }).input).toBe('grid');
    expect(normalizeState(DEFAULT_STATE)).toBe(DEFAULT_STATE);
  });
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

describe('window geometry and keyboard moves', () => {
  const geometryOf = (...args: Parameters<typeof convGeometry>): Geometry => {
    const g = convGeometry(...args);
    if (!g.ok) throw new Error(g.error);
    return g.geometry;
  };

  it('counts the windows and the rows a stride never reaches', () => {
    const g = geometryOf(7, 7, 3, 3, 0, 1);
    expect([g.outH, g.outW, g.positions]).toEqual([2, 2, 4]);
    expect(g.rows.leftover).toBe(1);
    expect(g.rows.exact).toBe(false);
  });

  it('explains a kernel larger than the padded input', () => {
    const g = convGeometry(5, 5, 5, 1, 0, 2);
    expect(g.ok).toBe(false);
    expect(!g.ok && g.error).toMatch(/^Height: The kernel \(9 wide after dilation\) is larger than the padded input \(5\)/);
  });

  it('moves one window with ← →, stopping at the first and last', () => {
    const g = geometryOf(5, 5, 3, 1, 0, 1); // 3×3 windows
    expect(stepByKey('ArrowRight', 0, g)).toBe(1);
    expect(stepByKey('ArrowRight', 8, g)).toBe(8);
    expect(stepByKey('ArrowLeft', 4, g)).toBe(3);
    expect(stepByKey('ArrowLeft', 0, g)).toBe(0);
  });

  it('moves one row with ↑ ↓, staying put at the top and bottom rows', () => {
    const g = geometryOf(7, 7, 3, 3, 0, 1); // 2×2 windows
    expect(stepByKey('ArrowDown', 0, g)).toBe(2);
    expect(stepByKey('ArrowDown', 3, g)).toBe(3);
    expect(stepByKey('ArrowUp', 3, g)).toBe(1);
    expect(stepByKey('ArrowUp', 0, g)).toBe(0);
  });

  it('jumps to the first and last window with Home and End, and ignores other keys', () => {
    const g = geometryOf(7, 7, 3, 3, 0, 1);
    expect(stepByKey('End', 0, g)).toBe(3);
    expect(stepByKey('Home', 3, g)).toBe(0);
    expect(stepByKey('Enter', 1, g)).toBeNull();
  });

  it('reads the same geometry back from a trace', () => {
    const t = convolutionTrace({ input: NUMBERS_IMAGE.data, inputShape: [1, 5, 5], kernels: KERNELS.sharpen.values, kernelShape: [1, 1, 3, 3], stride: 2, padding: 1, dilation: 1 });
    expect(geometryOfTrace(t)).toEqual(geometryOf(5, 5, 3, 2, 1, 1));
  });
});

describe('the output-size formula', () => {
  const axis = (n: number, f: number, p: number, s: number, d = 1) => ({ n, f, p, s, d });

  it('takes the numerator n + 2p − d(f−1) − 1: how far the window travels', () => {
    // 7 − 2 − 1 = 4: the window's first cell moves from row 0 to row 4 at most.
    expect(span(axis(7, 3, 0, 3))).toBe(4);
    expect(span(axis(5, 3, 1, 1, 2))).toBe(2);
  });

  it('writes the generic formula with a floor', () => {
    expect(GENERIC_TEX).toContain(String.raw`\left\lfloor \dfrac{n + 2p - d(f-1) - 1}{s} \right\rfloor + 1`);
  });

  it('substitutes the numbers, and skips the fraction when the stride is 1', () => {
    expect(axisTex('H', axis(5, 3, 1, 1), 'x')).toMatch(/^H_\{\\text\{out\}\} = .*\\dfrac\{5 \+ 2\\cdot 1 - 1\\cdot\(3-1\) - 1\}\{1\}.* = 4 \+ 1 = 5$/);
  });

  it('divides exactly when the stride fits', () => {
    expect(axisTex('W', axis(7, 3, 0, 2), 'x')).toMatch(/= \\frac\{4\}\{2\} \+ 1 = 2 \+ 1 = 3$/);
  });

  it('floors an inexact division, printing the decimals', () => {
    const tex = axisTex('H', axis(7, 3, 0, 3), 'x');
    expect(tex).toContain(String.raw`\lfloor 1.33\ldots \rfloor + 1 = 2`);
    expect(axisTex('H', axis(6, 3, 0, 4), 'x')).toContain(String.raw`\left\lfloor \frac{3}{4} \right\rfloor + 1 = \lfloor 0.75 \rfloor + 1 = 1`);
  });

  it('says when the kernel does not fit', () => {
    expect(axisTex('H', axis(2, 3, 0, 1), 'too big')).toMatch(/\\frac\{-1\}\{1\} \\right\\rfloor \+ 1 < 1 \\;\\;\(\\text\{too big\}\)$/);
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

describe('the announced window', () => {
  const grid = () => {
    const src = inputSource('grid', 'gray');
    if (src.kind !== 'inline') throw new Error('the grid is written inline');
    return src.image;
  };

  it('reads the sum and bias of the window from the trace', () => {
    const t = convolutionTrace({ input: grid().data, inputShape: [1, 5, 5], kernels: KERNELS.sharpen.values, kernelShape: [1, 1, 3, 3], stride: 1, padding: 0, dilation: 1 });
    // Window at rows 1–3, columns 2–4: −0 −1 +15 −2 −1 = 11 (checked by hand).
    expect(announcement(t, 1, 0)).toBe('Window at row 1, column 2: sum 11 + bias 0 = 11');
    expect(announcement(t, 8, 0)).toMatch(/^Window at row 3, column 3: /);
  });

  it('adds the bias to the sum', () => {
    const t = convolutionTrace({ input: grid().data, inputShape: [1, 5, 5], kernels: KERNELS.sharpen.values, kernelShape: [1, 1, 3, 3], bias: [-0.5], stride: 1, padding: 0, dilation: 1 });
    expect(announcement(t, 1, 0)).toBe('Window at row 1, column 2: sum 11 + bias −0.5 = 10.5');
  });

  it('spells out the channel sums and names the kernel in RGB mode', () => {
    const src = inputSource('pattern', 'rgb');
    if (src.kind !== 'inline') throw new Error('the pattern is written inline');
    const bank = kernelBank(KERNELS.identity.values, 3, 'rgb', 2);
    const t = convolutionTrace({ input: src.image.data, inputShape: [3, 8, 8], kernels: bank.data, kernelShape: bank.shape, stride: 1, padding: 0, dilation: 1 });
    // Window 0 is centred on (1,1), pure red: kernel 2 (red minus green) gives R 1, G 0, B 0.
    expect(announcement(t, 0, 1)).toBe('Window at row 1, column 1: sum R 1 + G 0 + B 0 + bias 0 = 1 (kernel 2)');
  });
});

describe('the pictures', () => {
  it('has a source for every input of every mode; the custom input is typed', () => {
    for (const mode of ['gray', 'rgb'] as const)
      for (const name of INPUTS_BY_MODE[mode]) expect(['inline', 'fetch', 'typed']).toContain(inputSource(name, mode).kind);
    expect(inputSource('custom', 'gray')).toEqual({ kind: 'typed' });
    expect(inputSource('photo', 'rgb')).toEqual({ kind: 'fetch', path: '/images/rose-24x16-rgb.json' });
  });

  it('starts the custom input from the 5×5 grid of small numbers', () => {
    expect(DEFAULT_CUSTOM_INPUT.map(Number)).toEqual(Array.from(NUMBERS_IMAGE.data));
    expect(DEFAULT_STATE.customInputSize).toBe(5);
  });

  it.each([
    ['photo', 'gray', 1, 16, 24],
    ['photo', 'rgb', 3, 16, 24],
    ['photo-large', 'gray', 1, 46, 70],
    ['photo-large', 'rgb', 3, 46, 70],
  ] as const)('ships the %s file for %s mode with the size the input menu states, values 0..1', (name, mode, channels, h, w) => {
    const img = parseImageJson(JSON.parse(readFileSync(`public${PHOTO_PATHS[name][mode]}`, 'utf8')));
    if (typeof img === 'string') throw new Error(img);
    expect([img.channels, img.height, img.width]).toEqual([channels, h, w]);
    expect(strings.inputs[name]).toContain(`(${img.height}×${img.width})`);
    expect(Math.min(...Array.from(img.data))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...Array.from(img.data))).toBeLessThanOrEqual(1);
    // Rounded to 3 decimals, to keep the file small.
    expect(Array.from(img.data).every((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6)).toBe(true);
  });

  it('offers the large photo in both modes and fetches it, keeping the small one for the lessons', () => {
    expect(INPUTS_BY_MODE.gray).toEqual(expect.arrayContaining(['photo', 'photo-large']));
    expect(INPUTS_BY_MODE.rgb).toEqual(expect.arrayContaining(['photo', 'photo-large']));
    expect(inputSource('photo-large', 'gray')).toEqual({ kind: 'fetch', path: '/images/rose-70x46-gray.json' });
    expect(inputSource('photo', 'gray')).toEqual({ kind: 'fetch', path: '/images/rose-24x16-gray.json' });
  });

  it('accepts the large photo in a link, in either mode, with a speed that sweeps it', () => {
    const state = applyLink({ input: 'photo-large', kernel: 'sobel-x', step: 3000, speed: 256 });
    expect([state.input, state.step, state.speed]).toEqual(['photo-large', 3000, 256]);
    expect(applyLink({ mode: 'rgb', input: 'photo-large', kernels: 2 }).input).toBe('photo-large');
    expect(stateFromProps({ input: 'rose-large' }).state.input).toBe('photo-large');
    // 46×70 with padding 1: 3,220 windows, under 15 s at the fastest speed.
    expect(46 * 70 / Math.max(...SPEEDS)).toBeLessThan(15);
  });

  it('colours a large map by the windows inside the image, not the zero padding’s false edges', () => {
    const img = parseImageJson(JSON.parse(readFileSync('public/images/rose-70x46-gray.json', 'utf8')));
    if (typeof img === 'string') throw new Error(img);
    const t = traceOf({ ...DEFAULT_STATE, kernel: 'sobel-x', padding: 1 }, img);
    const all = Math.max(...Array.from(t.output, Math.abs));
    const inside = colourScale(t, 0, true);
    expect(inside).toBeLessThan(all); // the bright right border against the padding is the strongest "edge"
    expect(inside).toBeGreaterThan(all / 2);
    expect(colourScale(t, 0, false)).toBe(all);
    expect(colourScale(traceOf({ ...DEFAULT_STATE, kernel: 'sobel-x', padding: 0 }, img), 0, true)).toBeGreaterThan(0);
  });

  it('refuses an image file whose data does not match its shape', () => {
    expect(parseImageJson({ channels: 1, height: 2, width: 2, data: [0, 1, 0] })).toBe('expected 4 values, found 3');
    expect(parseImageJson({ channels: 1, height: 1, width: 2, data: [0, 'x'] })).toBe('non-numeric values');
    expect(parseImageJson({ channels: 0, height: 1, width: 1, data: [] })).toBe('bad shape fields');
  });
});

/**
 * The convolution stepper's pure logic, part 1: what a shared link and MDX props may set. The numbers come from lib/compute (tfjs).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOM_INPUT, imageFromCells } from '@/components/widgets/shared/stepper/customInput';
import { DEFAULT_STATE, normalizeState, schema } from '@/components/widgets/ConvolutionStepper/state';
import { ISSUE_WORDS } from '@/components/widgets/shared/frame/issueStrings';
import { ready } from '@/lib/compute';
import { applyLink, errorOf, golden, issuesOf, ONES, stateFromProps, traceOf } from './convolutionStepperHelpers';

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

/**
 * The convolution stepper's pure logic, part 3: the window's geometry and keyboard moves, the output-size formula, the sentence a screen reader hears, and the pictures it convolves. The numbers come from lib/compute (tfjs).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { announcement } from '@/components/widgets/ConvolutionStepper/announce';
import { DEFAULT_CUSTOM_INPUT } from '@/components/widgets/shared/stepper/customInput';
import { axisTex, GENERIC_TEX, span } from '@/components/widgets/ConvolutionStepper/formulaTex';
import { convGeometry, geometryOfTrace, stepByKey, type Geometry } from '@/components/widgets/shared/stepper/geometry';
import { KERNELS, kernelBank } from '@/components/widgets/ConvolutionStepper/kernels';
import { colourScale } from '@/components/widgets/shared/stepper/colors';
import { INPUTS_BY_MODE, NUMBERS_IMAGE, PHOTO_PATHS, inputSource, parseImageJson } from '@/components/widgets/shared/stepper/presets';
import { DEFAULT_STATE, SPEEDS } from '@/components/widgets/ConvolutionStepper/state';
import { strings } from '@/components/widgets/ConvolutionStepper/strings';
import { convolutionTrace, ready } from '@/lib/compute';
import { applyLink, stateFromProps, traceOf } from './convolutionStepperHelpers';

beforeAll(async () => {
  await ready();
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

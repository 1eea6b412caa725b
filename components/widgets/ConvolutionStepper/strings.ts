/**
 * Every user-facing string of the convolution stepper, in one place so a translated edition only
 * has to replace this file. Functions build the sentences that carry numbers.
 */
import type { InputName, Mode } from './presets';
import { CUSTOM_LIMIT, type CellProblem, type KernelName } from './kernels';
import { fmt } from './format';

const quote = (v: unknown) => (typeof v === 'string' ? `“${v}”` : JSON.stringify(v) ?? String(v));
const channelNames = ['R', 'G', 'B'];
const at = (i: number, j: number) => `row ${i + 1}, column ${j + 1}`;

/** Why a typed cell is not accepted; `what` names the numbers (weights, values). */
const cellProblem = (what: string) => (text: string, problem: CellProblem) =>
  problem === 'empty'
    ? 'empty. Type a number (0 for nothing).'
    : problem === 'too-large'
      ? `${quote(text)} is too large; keep ${what} between −${CUSTOM_LIMIT} and ${CUSTOM_LIMIT}.`
      : `${quote(text)} is not a number. Use digits, a minus sign, a decimal point or a fraction like 1/9.`;
const kernelCellProblem = cellProblem('weights');
const inputCellProblem = cellProblem('values');

export const strings = {
  title: 'Convolution, one window at a time',
  loadingEngine: 'Loading the compute engine…',
  loadingPhoto: 'Loading the photograph…',
  photoFailed: (why: string) => `The photograph could not be loaded (${why}). Pick another input.`,
  computeFailed: (why: string) => `This convolution cannot be computed: ${why}`,
  propsProblem: 'Some settings written in the lesson were not understood; the widget uses its defaults for them:',

  settings: 'Settings',
  modeLabel: 'Input channels',
  modes: { gray: '1: gray', rgb: '3: RGB' } satisfies Record<Mode, string>,
  inputLabel: 'Input',
  inputs: {
    grid: 'Small numbers (5×5)',
    edge: 'Vertical edge (8×8)',
    digit: 'Handwritten 3 (12×12)',
    photo: 'Photo of a rose (16×24)',
    'photo-large': 'Photo of a rose (46×70)',
    pattern: 'Coloured blocks (8×8)',
    custom: 'Custom: type your own',
  } satisfies Record<InputName, string>,
  kernelLabel: 'Kernel',
  kernels: {
    identity: 'Identity',
    'box-blur': 'Box blur',
    gaussian: 'Gaussian blur (1-2-1)',
    sharpen: 'Sharpen',
    'sobel-x': 'Sobel x (vertical edges)',
    'sobel-y': 'Sobel y (horizontal edges)',
    laplacian: 'Laplacian (outlines)',
    custom: 'Custom: type your own',
  } satisfies Record<KernelName, string>,
  strideLabel: 'Stride',
  paddingLabel: 'Padding',
  dilationLabel: 'Dilation',
  kernelCountLabel: 'Kernels (output channels)',
  biasLabel: (k: number, many: boolean) => (many ? `Bias of kernel ${k + 1}` : 'Bias'),
  focusLabel: 'Spell out the sums of',
  focusOption: (k: number) => `Kernel ${k + 1}`,
  mixes: [
    'the same pattern on R, G and B, each ÷ 3',
    'red minus green',
    'blue only',
    'brightness: 0.3 R + 0.59 G + 0.11 B',
  ],
  mixLine: (k: number, mix: string) => `Kernel ${k + 1}: ${mix}`,

  custom: {
    legend: 'Your kernel',
    size: 'Size',
    sizeOption: (n: number) => `${n}×${n}`,
    cell: (i: number, j: number) => `Kernel row ${i + 1}, column ${j + 1}`,
    help: 'Type numbers such as 2, −0.5 or 1/9.',
    problem: (i: number, j: number, text: string, problem: CellProblem) => `Kernel ${at(i, j)}: ${kernelCellProblem(text, problem)}`,
    blocked: 'Fix the kernel cells marked above to see the convolution again.',
  },

  customInput: {
    legend: 'Your input',
    name: (n: number) => `Your input (${n}×${n})`,
    size: 'Size',
    sizeOption: (n: number) => `${n}×${n}`,
    cell: (i: number, j: number) => `Input row ${i + 1}, column ${j + 1}`,
    help: 'Type numbers such as 3, −0.82 or 1/2. Changing the size keeps the middle and adds zeros around it.',
    problem: (i: number, j: number, text: string, problem: CellProblem) => `Input ${at(i, j)}: ${inputCellProblem(text, problem)}`,
    blocked: 'Fix the input cells marked above to see the convolution again.',
    waiting: 'Waiting for every cell of your input to be a number.',
  },

  playback: 'Playback',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  stepBack: 'Step back',
  scrubLabel: 'Window position',
  scrubValue: (p: number, total: number, r: number, c: number) => `Window ${p + 1} of ${total}: row ${r + 1}, column ${c + 1}`,
  speedLabel: 'Speed',
  speedOption: (s: number) => `${s} per second`,
  keyHint: 'Click or Tab to the picture, then use ← → to move the window one step, ↑ ↓ to change rows, Home and End for the first and last window.',

  figureLabel: 'Convolution figure. Arrow keys move the window.',
  inputTitle: (h: number, w: number, p: number) => (p ? `Input ${h}×${w}, padded by ${p}` : `Input ${h}×${w}`),
  inputLegend: 'Dashed cells are zero padding. The blue outline marks the cells the kernel reads.',
  inputCell: (r: number, c: number, v: string) => `Row ${r + 1}, column ${c + 1}: ${v}`,
  paddingCell: 'Padding: 0',
  rgbValue: (vals: number[]) => vals.map((v, c) => `${channelNames[c]} ${fmt(v)}`).join(', '),
  detailTitle: 'This window',
  windowCaption: 'Window',
  kernelCaption: 'Kernel',
  productsCaption: 'Products',
  channelName: (c: number, total: number) => (total === 3 ? ['Red', 'Green', 'Blue'][c] : `Channel ${c + 1}`),
  channelShort: (c: number, total: number) => (total === 3 ? channelNames[c] : `c${c + 1}`),
  sumOfProducts: 'Sum of the products',
  sumOfMany: (n: number) => `Sum of the ${n} products`,
  partialSum: 'sum',
  plusBias: 'plus the bias',
  equalsOutput: 'Output',
  otherKernels: 'The other kernels at this window',
  outputTitle: (o: number, total: number, h: number, w: number) =>
    total > 1 ? `Output channel ${o + 1} (${h}×${w})` : `Output ${h}×${w}`,
  outputsTitle: (n: number, h: number, w: number) => `${n} output maps, ${h}×${w} each`,
  outputLegend: 'Cells fill in as the window moves. Click a cell to jump to its window.',
  outputCell: (r: number, c: number, v: string) => `Output row ${r + 1}, column ${c + 1}: ${v}`,
  outputPending: 'Not computed yet: the window has not reached these cells.',

  formulaTitle: 'Output size',
  formulaLegend: 'n input size, f kernel size, p padding, s stride, d dilation.',
  axisName: { height: 'Height', width: 'Width' },
  notExact: (axis: 'height' | 'width', leftover: number, span: number, s: number) =>
    `${axis === 'height' ? 'Height' : 'Width'}: ${span} ÷ ${s} is not a whole number, so the window never reaches the last ${leftover} ${axis === 'height' ? (leftover === 1 ? 'row' : 'rows') : leftover === 1 ? 'column' : 'columns'} of the padded input; ${leftover === 1 ? 'it is' : 'they are'} skipped.`,
  doesNotFit: 'the kernel does not fit',

  announce: (r: number, c: number, terms: string, bias: number, out: number, kernel: number | null) =>
    `Window at row ${r + 1}, column ${c + 1}: sum ${terms} + bias ${fmt(bias)} = ${fmt(out)}${kernel === null ? '' : ` (kernel ${kernel + 1})`}`,
  summary: (input: string, kernel: string, k: number, channels: number, outs: number, h: number, w: number) =>
    `${input} convolved with ${kernel} (${k}×${k}${channels > 1 ? `×${channels}` : ''}), giving ${outs > 1 ? `${outs} output maps` : 'an output map'} of ${h}×${w}.`,

  errors: {
    intRange: (name: string, lo: number, hi: number, v: unknown) => `${name} must be a whole number from ${lo} to ${hi} (got ${quote(v)}).`,
    oneOf: (name: string, options: readonly (string | number)[], v: unknown) =>
      `${name} must be one of ${options.join(', ')} (got ${quote(v)}).`,
    customCells: 'the custom kernel must be a 3×3 or 5×5 grid of numbers.',
    customInputShape: (sizes: readonly number[], got: string) =>
      `the custom input (customInput) must be a square grid of numbers, ${sizes.map((n) => `${n}×${n}`).join(', ')} (got ${got}).`,
    gotCells: (v: unknown) => (Array.isArray(v) ? `${v.length} cells` : quote(v)),
    gotRows: (lengths: number[]) => `${lengths.length} rows of ${[...new Set(lengths)].join(' or ')} cells`,
    customInputSize: (cells: number, size: number) =>
      `the custom input has ${cells} cells, but customInputSize ${size} needs ${size * size}.`,
    customInputCell: (i: number, j: number, text: string, problem: CellProblem) =>
      `the custom input (customInput), ${at(i, j)}: ${inputCellProblem(text, problem)}`,
    bias: (limit: number, n: number) => `bias must be a number, or a list of up to ${n} numbers, between −${limit} and ${limit}.`,
    notObject: 'expected an object of settings.',
    inputMode: (input: string, mode: Mode) => `the input ${quote(input)} is not available in ${mode === 'rgb' ? 'colour' : 'grayscale'} mode.`,
    prop: (_prop: string, why: string) => why.charAt(0).toUpperCase() + why.slice(1),
    axis: (axis: 'height' | 'width', why: string) => `${axis === 'height' ? 'Height' : 'Width'}: ${why}`,
  },
};

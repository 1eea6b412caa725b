/**
 * The words of the parts the convolution and pooling steppers (and the im2col view) share: the
 * playback bar, the cell grids, the typed-cell editor's reasons. In one place for translation.
 */
import { CUSTOM_LIMIT, type CellProblem } from './cells';
import { fmt } from './format';

export const quote = (v: unknown) => (typeof v === 'string' ? `“${v}”` : (JSON.stringify(v) ?? String(v)));
const channelNames = ['R', 'G', 'B'];
export const at = (i: number, j: number) => `row ${i + 1}, column ${j + 1}`;

/** Why a typed cell is not accepted; `what` names the numbers (weights, values). */
export const cellProblem = (what: string) => (text: string, problem: CellProblem) =>
  problem === 'empty'
    ? 'empty. Type a number (0 for nothing).'
    : problem === 'too-large'
      ? `${quote(text)} is too large; keep ${what} between −${CUSTOM_LIMIT} and ${CUSTOM_LIMIT}.`
      : `${quote(text)} is not a number. Use digits, a minus sign, a decimal point or a fraction like 1/9.`;

export const strings = {
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

  inputCell: (r: number, c: number, v: string) => `Row ${r + 1}, column ${c + 1}: ${v}`,
  paddingCell: 'Padding: 0',
  rgbValue: (vals: number[]) => vals.map((v, c) => `${channelNames[c]} ${fmt(v)}`).join(', '),
  channelName: (c: number, total: number) => (total === 3 ? ['Red', 'Green', 'Blue'][c] : `Channel ${c + 1}`),
  channelShort: (c: number, total: number) => (total === 3 ? channelNames[c] : `c${c + 1}`),
  outputTitle: (o: number, total: number, h: number, w: number) => (total > 1 ? `Output channel ${o + 1} (${h}×${w})` : `Output ${h}×${w}`),
  outputCell: (r: number, c: number, v: string) => `Output row ${r + 1}, column ${c + 1}: ${v}`,
  outputPending: 'Not computed yet: the window has not reached these cells.',

  /** Why a window does not fit along one axis (the reason is lib/nn's). */
  axis: (axis: 'height' | 'width', why: string) => `${axis === 'height' ? 'Height' : 'Width'}: ${why}`,
};

/** What the convolution and the pooling stepper say alike (each spreads these into its strings). */
export const stepperWords = {
  loadingEngine: 'Loading the compute engine…',
  loadingPhoto: 'Loading the photograph…',
  photoFailed: (why: string) => `The photograph could not be loaded (${why}). Pick another input.`,
  settings: 'Settings',
  inputLabel: 'Input',
  strideLabel: 'Stride',
  paddingLabel: 'Padding',
  inputTitle: (h: number, w: number, p: number) => (p ? `Input ${h}×${w}, padded by ${p}` : `Input ${h}×${w}`),
  detailTitle: 'This window',
  windowCaption: 'Window',
  outputLegend: 'Cells fill in as the window moves. Click a cell to jump to its window.',
  formulaTitle: 'Output size',
};

/** The words of one window's arithmetic (DetailPanel): the convolution stepper's and the network overview's. */
export const detailWords = {
  windowCaption: stepperWords.windowCaption,
  kernelCaption: 'Kernel',
  productsCaption: 'Products',
  sumOfProducts: 'Sum of the products',
  sumOfMany: (n: number) => `Sum of the ${n} products`,
  partialSum: 'sum',
  plusBias: 'plus the bias',
  otherKernels: 'The other kernels at this window',
  focusOption: (k: number) => `Kernel ${k + 1}`,
};

/** The typed-input editor's words that do not depend on the widget (its help and problems do). */
export const customInputWords = {
  legend: 'Your input',
  name: (n: number) => `Your input (${n}×${n})`,
  size: 'Size',
  sizeOption: (n: number) => `${n}×${n}`,
  cell: (i: number, j: number) => `Input row ${i + 1}, column ${j + 1}`,
  waiting: 'Waiting for every cell of your input to be a number.',
};

const GRID_CELL = /^cell:(\d+):(\d+):([a-z-]+)$/;
const NOT_SQUARE = /^not-square:([\d,]+)$/;

/**
 * A typed grid's reasons (cellFields.ts) in words: “row 2, column 3: not a number”; `what` names
 * the numbers (only a grid of numbers refuses a cell as too large).
 */
export function gridReason(reason: string, what = 'values'): string {
  const cell = GRID_CELL.exec(reason);
  if (cell) {
    const problem = cell[3] === 'empty' ? 'empty' : cell[3] === 'too-large' ? `too large; keep ${what} between −${CUSTOM_LIMIT} and ${CUSTOM_LIMIT}` : 'not a number';
    return `${at(Number(cell[1]) - 1, Number(cell[2]) - 1)}: ${problem}`;
  }
  const square = NOT_SQUARE.exec(reason);
  if (square) return `must be a square grid of numbers, ${square[1].split(',').map((n) => `${n}×${n}`).join(', ')}`;
  if (reason === 'size-mismatch') return 'the number of cells does not match the size';
  return 'it could not be read';
}

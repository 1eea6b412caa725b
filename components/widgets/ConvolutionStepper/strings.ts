/**
 * Every user-facing string of the convolution stepper, in one place so a translated edition only
 * has to replace this file. Functions build the sentences that carry numbers.
 */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { CellProblem } from '@/components/widgets/shared/stepper/cells';
import { fmt } from '@/components/widgets/shared/stepper/format';
import type { InputName, Mode } from '@/components/widgets/shared/stepper/presets';
import { at, cellProblem, customInputWords, detailWords, gridReason, stepperWords, strings as shared } from '@/components/widgets/shared/stepper/strings';
import type { KernelName } from './kernels';

const kernelCellProblem = cellProblem('weights');
const inputCellProblem = cellProblem('values');

export const strings = {
  ...stepperWords,
  ...detailWords,
  title: 'Convolution, one window at a time',
  computeFailed: (why: string) => `This convolution cannot be computed: ${why}`,

  modeLabel: 'Input channels',
  modes: { gray: '1: gray', rgb: '3: RGB' } satisfies Record<Mode, string>,
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
  dilationLabel: 'Dilation',
  kernelCountLabel: 'Kernels (output channels)',
  biasLabel: (k: number, many: boolean) => (many ? `Bias of kernel ${k + 1}` : 'Bias'),
  focusLabel: 'Spell out the sums of',
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
    ...customInputWords,
    help: 'Type numbers such as 3, −0.82 or 1/2. Changing the size keeps the middle and adds zeros around it.',
    problem: (i: number, j: number, text: string, problem: CellProblem) => `Input ${at(i, j)}: ${inputCellProblem(text, problem)}`,
    blocked: 'Fix the input cells marked above to see the convolution again.',
  },

  figureLabel: 'Convolution figure. Arrow keys move the window.',
  inputLegend: 'Dashed cells are zero padding. The blue outline marks the cells the kernel reads.',
  outputTitle: shared.outputTitle,
  outputsTitle: (n: number, h: number, w: number) => `${n} output maps, ${h}×${w} each`,

  formulaLegend: 'n input size, f kernel size, p padding, s stride, d dilation.',
  axisName: { height: 'Height', width: 'Width' },
  notExact: (axis: 'height' | 'width', leftover: number, span: number, s: number) =>
    `${axis === 'height' ? 'Height' : 'Width'}: ${span} ÷ ${s} is not a whole number, so the window never reaches the last ${leftover} ${axis === 'height' ? (leftover === 1 ? 'row' : 'rows') : leftover === 1 ? 'column' : 'columns'} of the padded input; ${leftover === 1 ? 'it is' : 'they are'} skipped.`,
  doesNotFit: 'the kernel does not fit',

  announce: (r: number, c: number, terms: string, bias: number, out: number, kernel: number | null) =>
    `Window at row ${r + 1}, column ${c + 1}: sum ${terms} + bias ${fmt(bias)} = ${fmt(out)}${kernel === null ? '' : ` (kernel ${kernel + 1})`}`,
  summary: (input: string, kernel: string, k: number, channels: number, outs: number, h: number, w: number) =>
    `${input} convolved with ${kernel} (${k}×${k}${channels > 1 ? `×${channels}` : ''}), giving ${outs > 1 ? `${outs} output maps` : 'an output map'} of ${h}×${w}.`,
};

/** The words for the state's issue codes (state.ts): fields named as a link writes them. */
const LABELS: Record<string, string> = { custom: 'the custom kernel (custom)', customInput: 'the custom input (customInput)' };
const REASONS: Record<string, string> = {
  'not-in-gray': 'the input is not available in grayscale mode',
  'not-in-rgb': 'the input is not available in colour mode',
};
export const ISSUES: IssueLabels = {
  label: (f) => LABELS[f] ?? f,
  detail: (reason) => REASONS[reason] ?? gridReason(reason),
};

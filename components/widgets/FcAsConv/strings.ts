/** Every word FcAsConv shows. */
import type { Issue } from '@/lib/store/schema';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { numberMessage as wordNumber } from '@/components/widgets/shared/numberMessage';

export const S = {
  title: 'A fully connected layer is a convolution with a kernel as large as its input',
  fields: {
    c: 'Channels C',
    h: 'Height H',
    w: 'Width W',
    outputs: 'Output units',
    extra: 'Image larger by',
    seed: 'Seed',
  },
  reseed: 'New numbers',
  settings: 'Layer',
  keyHint: 'Focus the figure, then: ↑ ↓ choose an output unit; ← → (and Home, End) move the window when the image is larger than the layer expects.',
  figureLabel: 'Fully connected layer and convolution, side by side',
  imageTitle: (c: number, h: number, w: number) => `Image: ${c} channel${c === 1 ? '' : 's'} of ${h} × ${w}`,
  channel: (ch: number) => `channel ${ch + 1}`,
  matrixTitle: (o: number, n: number) => `Weight matrix of the fully connected layer: ${o} rows × ${n} inputs`,
  matrixLegend: 'One row per output unit, one column per input value in the order channel, row, column. Green is positive, red negative. Click a row to choose it.',
  matrixAlt: (o: number, n: number, unit: number) => `Weight matrix with ${o} rows and ${n} columns; row ${unit + 1} is selected.`,
  kernelTitle: (unit: number, c: number, h: number, w: number) => `Row ${unit + 1}, reshaped to ${c} × ${h} × ${w}: kernel ${unit + 1} of the convolution`,
  biasLine: (unit: number, b: string) => `Bias of unit ${unit + 1}: ${b} (the same in both)`,
  outputsTitle: 'Outputs, computed both ways in TensorFlow.js',
  colUnit: 'unit',
  colFc: 'fully connected',
  colConv: 'convolution',
  colDiff: '|diff.|',
  maxDiff: (d: string) => `Largest difference over every output value: ${d}`,
  maxDiffZero: 'Largest difference over every output value: 0 (identical floats)',
  same: 'Equal to the printed precision: the same multiplications and additions, arranged differently.',
  tooLarge: (expects: number, has: number, h: number, w: number) =>
    `The fully connected layer expects exactly ${expects} inputs; this image has ${has}. It cannot take the whole image, but the convolution can: it slides the same weights over every ${h} × ${w} window. The fully connected column shows the layer run on the window outlined in the image.`,
  mapTitle: (unit: number, h: number, w: number) => `Convolution map of unit ${unit + 1}: ${h} × ${w}`,
  windowAt: (r: number, c: number) => `window at row ${r + 1}, column ${c + 1}`,
  loadingEngine: 'Loading the compute engine…',
  computeFailed: (e: string) => `The computation failed: ${e}`,
  invalidHeading: 'No layer for these settings.',
  announce: (unit: number, fc: string, conv: string, where: string | null) =>
    `Output unit ${unit + 1}${where ? `, ${where}` : ''}: fully connected ${fc}, convolution ${conv}.`,
  summary: (c: number, h: number, w: number, outputs: number, ih: number, iw: number) =>
    `A fully connected layer from ${c} × ${h} × ${w} = ${c * h * w} inputs to ${outputs} outputs, and a convolution whose ${outputs} kernels are its weight rows reshaped to ${c} × ${h} × ${w}, applied to an image of ${c} × ${ih} × ${iw}.`,
} as const;

/** How a setting a link or the lesson got wrong is named (a selection by its own name). */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in words (shared/numberMessage). */
export const numberMessage = (issue: Issue) => wordNumber(issue, ISSUES.label!);

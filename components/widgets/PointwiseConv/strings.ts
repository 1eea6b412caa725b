/** Every word PointwiseConv shows. */
import type { Issue } from '@/lib/store/schema';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { numberMessage as wordNumber } from '@/components/widgets/shared/numberMessage';

export const S = {
  title: 'A 1×1 convolution is a fully connected layer applied at every pixel',
  settings: 'Layer',
  fields: { c: 'Input channels', h: 'Height', w: 'Width', outputs: 'Output channels', seed: 'Seed' },
  reseed: 'New numbers',
  keyHint: 'Focus the figure, then use the arrow keys (Home, End) to choose a pixel, or click one.',
  figureLabel: '1×1 convolution, pixel by pixel',
  inputTitle: (c: number, h: number, w: number) => `Input: ${c} channel${c === 1 ? '' : 's'} of ${h} × ${w}`,
  outputTitle: (o: number, h: number, w: number) => `Output of the 1×1 convolution: ${o} channel${o === 1 ? '' : 's'} of ${h} × ${w}`,
  channel: (ch: number) => `channel ${ch + 1}`,
  pixelTitle: (r: number, c: number) => `Pixel at row ${r + 1}, column ${c + 1}: weight matrix × channel vector + bias`,
  pixelNote: (c: number, o: number) =>
    `The ${c} numbers under the pixel, one per channel, form a vector. The ${o} × ${c} matrix of 1×1 kernels maps it to the ${o} output values at the same pixel: exactly a fully connected layer from ${c} to ${o} units.`,
  perPixel: (pixels: number, d: string) =>
    `The same weights as a fully connected layer on all ${pixels} pixels, each pixel one sample: largest difference from the 1×1 convolution ${d}.`,
  params: (c: number, o: number, n: number) =>
    `Parameters: (${c} + 1) × ${o} = ${n}, for any image size: the same as a fully connected layer from ${c} to ${o} units.`,
  loadingEngine: 'Loading the compute engine…',
  computeFailed: (e: string) => `The computation failed: ${e}`,
  invalidHeading: 'No layer for these settings.',
  announce: (r: number, c: number, values: string) => `Pixel at row ${r + 1}, column ${c + 1}: output ${values}.`,
  summary: (c: number, h: number, w: number, o: number) =>
    `A ${c}-channel ${h} × ${w} image through ${o} 1×1 kernels: every pixel's ${c} channel values are multiplied by the same ${o} × ${c} weight matrix.`,
} as const;

/** How a setting a link or the lesson got wrong is named (a selection by its own name). */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in words (shared/numberMessage). */
export const numberMessage = (issue: Issue) => wordNumber(issue, ISSUES.label!);

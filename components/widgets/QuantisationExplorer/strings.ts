/** Every user-facing string of QuantisationExplorer. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { S as C } from '@/components/widgets/shared/compression/strings';

export const S = {
  title: 'k-bit quantisation: accuracy and bytes',
  note: 'Quantises every conv and dense kernel of the trained classifier to k-bit symmetric linear codes (biases stay 32-bit floats) and measures accuracy on the 1,000 test images.',
  bitsLegend: 'Bits per weight',
  bitsLabel: (b: number) => `${b} bits`,
  granularityLegend: 'One scale per',
  granularity: { tensor: 'tensor', channel: 'output channel' } as Record<string, string>,
  layerLabel: 'Kernel shown',
  channelLabel: (n: number) => `Output channel (1 to ${n})`,
  errors: {
    channel: (n: number) => `This kernel has ${n} output channels: pick one from 1 to ${n}.`,
  },
  fields: { bits: 'Bits per weight', granularity: 'One scale per', layer: 'Kernel shown (from 0)', channel: 'Output channel (from 0)' } as Record<string, string>,
  tableCaption: 'Accuracy on the test set and the size of the whole model',
  cols: { format: 'Weights', accuracy: 'Test accuracy', bytes: 'Size', ratio: 'Smaller by' },
  float: '32-bit floats',
  bitsRow: (b: number) => `${b}-bit codes`,
  ratio: (r: number) => `${r.toFixed(1)}×`,
  one: '1×',
  pending: '…',
  sizeNote: (kernels: number, scales: number, rest: number) =>
    `Size = k bits × ${kernels.toLocaleString('en-US')} kernel weights (rounded up to whole bytes per kernel) + ${scales.toLocaleString('en-US')} scales × 4 B + ${rest.toLocaleString('en-US')} other values (biases) × 4 B.`,
  histCaption: (bits: number) => `The kernel's weights (grey) and the ${2 ** bits - 1} values a ${bits}-bit code can stand for (orange lines): each weight moves to the nearest line.`,
  histLabel: (name: string, bits: number, scale: number, err: number) =>
    `Histogram of ${name} with the ${bits}-bit grid, step ${scale.toPrecision(3)}; the largest rounding error is ${err.toPrecision(3)}, at most half a step.`,
  errorLine: (scale: number, err: number) => `Grid step s = max|w| / (2^(k−1) − 1) = ${scale.toPrecision(3)}; largest rounding error ${err.toPrecision(3)} ≤ s/2 = ${(scale / 2).toPrecision(3)}.`,
  live: (bits: number, acc: string, bytes: string) => `${bits} bits: test accuracy ${acc}, model size ${bytes}.`,
  percent: C.percent,
  bytes: C.bytes,
};

/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => S.fields[f] ?? f };

/** Every word ConvCostCounter shows. */
import { formatCount } from '@/lib/format/numberFormat';
import type { Issue } from '@/lib/store/schema';
import { costWords } from '@/components/widgets/shared/cost/strings';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { BOUND_WORDS, numberMessage as wordNumber } from '@/components/widgets/shared/numberMessage';

export const S = {
  ...costWords,
  title: 'What a convolution costs',
  controlsLegend: 'The convolution layer',
  fields: {
    inH: 'Input height H', inW: 'Input width W', cin: 'Input channels C_in', kernel: 'Kernel k (k×k)',
    cout: 'Kernels C_out', stride: 'Stride s', padding: 'Padding p',
  },
  bias: 'Bias (one per kernel)',
  reset: 'Reset',
  bothAxes: 'Height and width (same numbers):',
  heightAxis: 'Height:',
  widthAxis: 'Width:',
  notWhole: (raw: number, size: number, leftover: number, axis: 'H' | 'W' | 'H,W') => {
    const what = { H: ['row', 'rows'], W: ['column', 'columns'], 'H,W': ['row and column', 'rows and columns'] }[axis];
    const last = leftover === 1 ? `last padded ${what[0]} of the input is` : `last ${leftover} padded ${what[1]} of the input are`;
    return `${raw} is not a whole number. Frameworks floor it to ${size}: the window stops where it no longer fits, so the ${last} never read. A different padding or stride makes it exact.`;
  },
  conv: 'Convolution',
  fc: 'Fully connected, same input and output sizes',
  fcExplain: (inputs: number, outputs: number) =>
    `Every one of the ${formatCount(inputs)} input values (H·W·C_in) connects to every one of the ${formatCount(outputs)} outputs (out_H·out_W·C_out).`,
  shareExplain: 'The convolution reuses the same kernels at every position (weight sharing) and each output sees only a k × k window (local connection).',
  macsWithBias: (n: string) => `Counting the bias addition as one more operation per output, as some notes do: ${n}.`,
  ratio: (paramRatio: string, macRatio: string) =>
    `The fully connected layer needs ×${paramRatio} the parameters and ×${macRatio} the multiply-accumulates.`,
  ratioSame: 'Here both layers have the same number of parameters: with a 1 × 1 input a convolution is a fully connected layer.',
  chartTitle: 'Parameters and multiply-accumulates, log scale',
  chartAlt: (convP: string, fcP: string, convM: string, fcM: string) =>
    `Bar chart on a log scale. Parameters: convolution ${convP}, fully connected ${fcP}. Multiply-accumulates: convolution ${convM}, fully connected ${fcM}.`,
  barConvParams: 'Conv parameters',
  barFcParams: 'FC parameters',
  barConvMacs: 'Conv MACs',
  barFcMacs: 'FC MACs',
  invalidHeading: 'No output for these numbers.',
} as const;

/** How a setting a link or the lesson got wrong is named (`bias` by its own name). */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in words (shared/numberMessage). */
export const numberMessage = (issue: Issue) => wordNumber(issue, ISSUES.label!, BOUND_WORDS);

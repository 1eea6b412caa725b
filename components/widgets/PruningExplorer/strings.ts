/** Every user-facing string of PruningExplorer. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { Issue } from '@/lib/store/schema';
import { S as C } from '@/components/widgets/shared/compression/strings';

const fields = { sparsity: 'Sparsity (share of kernel weights set to zero)', batches: 'Fine-tuning batches', seed: 'Fine-tuning seed' };

export const S = {
  title: 'Magnitude pruning: the accuracy left as weights go',
  note: 'Prunes the trained classifier with one global threshold on |w| over all its conv and dense kernels (biases stay), and measures accuracy on the 1,000 test images.',
  fields,
  sparsityValue: (p: number) => `${p} %`,
  /** A value the reader typed that cannot be used, in the widget's own words. */
  fieldError: (issue: Issue) => `${(fields as Record<string, string>)[issue.field] ?? issue.field} must be a whole number from ${issue.min} to ${issue.max}.`,
  summary: (count: number, total: number, threshold: number) =>
    `${count.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} kernel weights are zero: every weight with |w| ≤ ${threshold.toPrecision(3)}.`,
  histCaption: 'All kernel weights: grey before pruning, blue what is kept; the red band |w| ≤ threshold is removed (square-root count axis).',
  histLabel: (p: number, t: number, kept: number) => `Histogram of the kernel weights. At ${p} % sparsity the threshold is ${t.toPrecision(3)}; ${kept.toLocaleString('en-US')} weights are kept.`,
  layersHeading: 'Sparsity of each layer (one global threshold)',
  layerRow: (title: string, pruned: number, size: number) => `${title}: ${C.percent(pruned / size)} of ${size.toLocaleString('en-US')}`,
  curveCaption: 'Test accuracy of the pruned network, no fine-tuning: the line is measured at fixed sparsities; the red dot is your setting, the green dot after fine-tuning.',
  curveLabel: (points: string) => `Test accuracy against sparsity: ${points}.`,
  curveProgress: (done: number, all: number) => `Measuring the curve: ${done} of ${all} sparsities…`,
  xLabel: 'sparsity (share of kernel weights removed)',
  current: (p: number, acc: string) => `At ${p} % sparsity the test accuracy is ${acc}.`,
  measuring: 'Measuring the accuracy at this sparsity…',
  base: (acc: string) => `Unpruned: ${acc}.`,
  fineTuneButton: (n: number) => `Fine-tune ${n} batches with the zeros held`,
  stop: 'Stop',
  fineTuneProgress: (b: number, n: number) => `Fine-tuning: batch ${b} of ${n}…`,
  fineTuned: (p: number, before: string, after: string, n: number) => `After ${n} batches of fine-tuning at ${p} % sparsity, the accuracy went from ${before} to ${after}; the pruned weights stayed zero.`,
  kernelsCaption: 'The first layer’s 16 filters (3 × 3): green positive, red negative, stronger colour = larger |w|; empty cells are pruned.',
  kernelsLabel: (filters: number, zeros: number, total: number) => `The first layer's ${filters} filters as 3 by 3 grids; ${zeros} of their ${total} weights are pruned (shown empty).`,
  load: 'The curve and the fine-tuning need the trained model and the images.',
  percent: C.percent,
};

/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (fields as Record<string, string>)[f] ?? f };

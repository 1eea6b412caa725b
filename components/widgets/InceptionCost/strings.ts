/** Every word InceptionCost shows. */
import { formatCount } from '@/lib/format/numberFormat';
import type { BranchId } from '@/lib/nn/inceptionModule';
import type { Issue } from '@/lib/store/schema';
import { costWords } from '@/components/widgets/shared/cost/strings';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { BOUND_WORDS, numberMessage as wordNumber, type NumberWords } from '@/components/widgets/shared/numberMessage';

export const S = {
  ...costWords,
  title: 'What an Inception module costs',
  moduleLegend: 'Input and channel counts',
  fields: {
    h: 'Input height H', w: 'Input width W', cin: 'Input channels C', c1: '1×1 kernels', c3r: '3×3 reduce (1×1)',
    c3: '3×3 kernels', c5r: '5×5 reduce (1×1)', c5: '5×5 kernels', proj: 'Pool projection (1×1)',
    n: 'Kernel side n',
  },
  modeLegend: 'Which module',
  naive: 'Naive (no reductions)',
  reduced: 'With 1×1 reductions (v1)',
  presetsLabel: 'Examples',
  presetCs231n: 'CS231n: 28×28×256',
  presetInception3a: 'GoogLeNet inception3a',
  reset: 'Reset',
  branch: { b1: '1×1 branch', b3: '3×3 branch', b5: '5×5 branch', pool: 'Pool branch' } satisfies Record<BranchId, string>,
  layerConv: (k: number, cin: number, cout: number) => `${k}×${k} conv, ${cin} → ${cout}`,
  layerPool: (cin: number) => `3×3 max pool, ${cin} → ${cin} (no multiplies)`,
  macsTerm: (h: number, w: number, cout: number, k: number, cin: number, macs: number) =>
    `${h}·${w}·${cout}·${k * k}·${cin} = ${formatCount(macs)}`,
  outChannels: (n: number) => `${formatCount(n)} channels out`,
  total: 'Whole module',
  totalMacs: 'Multiplies (multiply-accumulates)',
  totalParams: 'Parameters (weights and biases)',
  output: 'Output after concatenation',
  naiveGrows: (cin: number, out: number) =>
    `The pool branch passes all ${formatCount(cin)} input channels through, so the output (${formatCount(out)} channels) is always deeper than the input: stack such modules and both the channels and the cost keep growing. The pool projection in the v1 module fixes that.`,
  comparison: (naive: string, reduced: string, ratio: string) =>
    `Naive ${naive} multiplies, with reductions ${reduced}: ${ratio} of the naive cost.`,
  notReducing: (label: string, v: number, cin: number) =>
    `${label} has ${formatCount(v)} channels, not fewer than the ${formatCount(cin)} input channels: this 1×1 convolution does not reduce anything, it only adds cost.`,
  barsCaption: 'Per branch, the bar is the share of the largest branch in either mode',
  branchAlt: (branch: string, macs: string, params: string) => `${branch}: ${macs} multiplies, ${params} parameters.`,
  factorLegend: 'Factorising an n×n kernel (Inception v2/v3)',
  factorIntro: 'Weights per pair of input and output channels, with the same receptive field:',
  factorFull: (n: number, w: number) => `One ${n}×${n}: ${n}·${n} = ${w}`,
  factorAsym: (n: number, w: number, saving: string) => `1×${n} then ${n}×1: ${n} + ${n} = ${w}, ${saving} fewer`,
  factorStack: (layers: number, w: number, saving: string) =>
    `${layers} stacked 3×3 layer${layers === 1 ? '' : 's'}: ${layers}·9 = ${w}, ${saving} fewer`,
  factorStackEven: (n: number) =>
    `Stacked 3×3 layers reach only odd sizes (3, 5, 7, …): each adds 2 to the receptive field, so no stack of them matches ${n}×${n}.`,
  factorOne: 'A 1×1 kernel has nothing to factorise.',
  factorStackSelf: 'A 3×3 kernel is itself the unit that larger kernels are stacked from.',
  invalidHeading: 'No module for these numbers.',
  factorInvalidHeading: 'No kernel of this size.',
  /** Why the counts must be whole and at least 1, after the shared wording. */
  whyWhole: 'Channels, pixels and kernel sides come in whole units.',
  whyNotEmpty: 'A layer with no channels or an empty image has nothing to compute.',
} as const;

/** How a setting a link or the lesson got wrong is named (`reduce` by its own name). */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in words (shared/numberMessage), with why. */
const WORDS: NumberWords = {
  ...BOUND_WORDS,
  notWhole: (label, got) => `${BOUND_WORDS.notWhole(label, got)} ${S.whyWhole}`,
  tooSmall: (label, min, max, got) => `${BOUND_WORDS.tooSmall(label, min, max, got)}${min === 1 ? ` ${S.whyNotEmpty}` : ''}`,
};
export const numberMessage = (issue: Issue) => wordNumber(issue, ISSUES.label!, WORDS);

/** Every word GradientChain shows. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { ChainFn } from './model';

export const S = {
  title: 'A gradient passing back through N layers',
  labels: { depth: 'Layers N', x0: 'Input x', weight: 'Weight w of every layer' },
  names: { sigmoid: 'Sigmoid', tanh: 'tanh', relu: 'ReLU' } satisfies Record<ChainFn, string>,
  bound: 'Sigmoid bound 0.25ⁱ',
  caption: 'Product of the activation slopes f′(z₁)·…·f′(zᵢ) after each layer i (log scale)',
  xAxis: 'layer i',
  zero: '0',
  tableCaption: (n: number) => `After all ${n} layer${n === 1 ? '' : 's'}`,
  colFn: 'Activation',
  colFirst: 'f′ at layer 1',
  colLast: (n: number) => `f′ at layer ${n}`,
  colProduct: 'Product of the slopes',
  colGradient: 'Whole gradient ∂h/∂x, weights included',
  boundLine: (n: number, power: string, bound: string, inverse: string) =>
    `Sigmoid's slope is at most 0.25, so N = ${n} sigmoid layer${n === 1 ? '' : 's'} multiply the gradient by at most 0.25${power} = ${bound}, i.e. shrink it at least ${inverse} times, whatever the input and weights do to the slopes.`,
  reluDead: 'ReLU’s first input is negative, so its output and slope are 0 from layer 1 on: no gradient at all.',
  alt: (n: number, s: string, t: string, r: string, bound: string) =>
    `Line chart, log scale, over layers 1 to ${n}. After ${n} layers the product of slopes is ${s} for sigmoid, ${t} for tanh and ${r} for ReLU; the sigmoid bound 0.25 to the power ${n} is ${bound}.`,
  loading: 'Loading the compute engine…',
} as const;

/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(S.labels, f) ? S.labels[f as keyof typeof S.labels] : f) };

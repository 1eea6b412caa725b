/** Every word LayerPattern shows. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const S = {
  title: 'The usual layer pattern',
  controlsLegend: 'Pattern',
  fields: {
    n: 'N: CONV → RELU repeats',
    m: 'M: stages',
    k: 'K: FC → RELU repeats',
    side: 'Input side (pixels)',
    channels: 'Input channels',
    base: 'Kernels in stage 1',
    fcUnits: 'Hidden FC units',
  },
  pool: 'POOL (2×2 max) after each stage',
  pattern: 'Pattern',
  channelsNote: (list: string) => `3×3 convolutions with padding 1 keep the size; kernels double at each stage: ${list}. A flatten turns the last feature map into a vector before the first FC.`,
  sequence: 'Layers in order',
  input: 'INPUT',
  kinds: { conv: 'CONV', relu: 'RELU', pool: 'POOL', fc: 'FC', flatten: 'FLATTEN' },
  convDetail: (k: number, cout: number) => `${k}×${k}, ${cout} kernels`,
  poolDetail: (k: number, s: number) => `${k}×${k} max, stride ${s}`,
  fcDetail: (units: number, last: boolean) => (last ? `${units} class scores, no ReLU` : `${units} units`),
  out: 'out',
  params: (n: string) => `${n} params`,
  noParams: 'no params',
  floored: 'odd size: last row and column dropped',
  totals: 'Totals',
  totalParams: 'Parameters',
  totalMacs: 'Multiply-accumulates',
  totalActivations: 'Values stored per image (activations)',
  fcShare: (pct: string) => `The fully connected layers hold ${pct} of the parameters.`,
  stoppedHere: 'stops here',
  invalidHeading: 'This pattern does not fit the input.',
  poolHint: (side: number, max: number, m: number) =>
    max === 0
      ? `A ${side}×${side} input is too small for even one 2×2 pool. Turn pooling off or start from a larger image.`
      : `A ${side}×${side} input can be halved by a 2×2 pool only ${max} time${max === 1 ? '' : 's'}, and this pattern has ${m} pools. Use fewer stages (M ≤ ${max}), turn pooling off, or start from a larger image.`,
} as const;

/** How a setting a link or the lesson got wrong is named (`pool` by its own name). */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

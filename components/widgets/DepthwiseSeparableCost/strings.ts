/** Every word DepthwiseSeparableCost shows. */
import type { Issue } from '@/lib/store/schema';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { numberMessage as wordNumber } from '@/components/widgets/shared/numberMessage';

export const S = {
  title: 'Standard against depthwise separable convolution',
  fields: { df: 'Map side D_F', m: 'Input channels M', n: 'Output channels N', dk: 'Kernel side D_k', t: 'Expansion t (v2)' },
  setup: 'Stride 1 and “same” padding: every layer keeps the D_F × D_F map. No biases (batch norm follows each layer).',
  v1Heading: 'MobileNet v1: one convolution split in two',
  multsLegend: 'Multiplies per image',
  paramsLegend: 'Weights',
  parts: { standard: 'Standard D_k×D_k conv', depthwise: 'Depthwise D_k×D_k', pointwise: 'Pointwise 1×1', separable: 'Depthwise + pointwise' },
  barsAlt: (what: string, std: string, dw: string, pw: string) => `${what}: standard ${std}, depthwise ${dw}, pointwise ${pw}.`,
  ratioHeading: 'Ratio of the costs',
  ratioCounted: 'counted: (depthwise + pointwise) / standard',
  ratioFormula: 'formula: 1/N + 1/D_k²',
  ratioEqual: 'The two agree: with stride 1 and “same” padding every term carries the same D_F², which cancels.',
  ratioDiffer: 'The two differ by more than rounding: check the inputs.',
  speedup: (x: string) => `The separable pair needs ${x}× fewer multiplies.`,
  v2Heading: (cin: number, hidden: number, cout: number) => `MobileNet v2 block: ${cin} → expand to ${hidden} → depthwise → project to ${cout}`,
  v2Parts: { expand: '1×1 expand + ReLU6', depthwise: 'Depthwise D_k×D_k + ReLU6', project: '1×1 project, linear (no ReLU)' },
  v2Total: 'Whole block',
  v2Standard: 'One standard D_k×D_k conv M → N, for scale',
  v2NoExpand: 'With t = 1 there is no expansion layer (MobileNet v2 uses t = 1 only in its first block).',
  v2Why:
    'Why the projection is linear: the block’s input and output are the thin, low-dimensional “bottleneck”. The paper argues that a ReLU on so few channels zeroes whatever falls on the negative side and that information cannot be recovered, while in the wide expanded space a ReLU loses little because the information is spread over many channels. So the ReLU6s stay in the wide part and the narrow output is left linear.',
  table: { part: 'Layer', mults: 'Multiplies', params: 'Weights' },
  invalidHeading: 'These numbers cannot be used:',
};

/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in words (shared/numberMessage). */
export const numberMessage = (issue: Issue) => wordNumber(issue, ISSUES.label!);

/** Every user-facing string of GradientFlow, so a translation can follow. */
import type { Issue } from '@/lib/store/schema';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const S = {
  title: 'Gradient flow through a deep stack',
  loading: 'Loading the compute engine (TensorFlow.js)…',
  labels: { depth: 'Depth (layers)', initScale: 'Initial weight scale', seed: 'Seed', block: 'Block' },
  archLegend: 'Network',
  archNames: { plain: 'Plain', residual: 'Residual' },
  actLegend: 'Activation',
  actNames: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' },
  bnLabel: 'BN after each layer',
  invalidHeading: 'These settings cannot be used:',
  errors: {
    missing: (label: string) => `${label} needs a number.`,
    whole: (label: string, v: string) => `${label} must be a whole number (got ${v}).`,
    range: (label: string, lo: number, hi: number, v: unknown) => `${label} must be from ${lo} to ${hi} (got ${String(v)}).`,
  },
  layerLabel: (l: number) => `h${l}`,
  summary: (depth: number, arch: string, act: string, bn: boolean, ratio: string) =>
    `Depth ${depth}, ${arch.toLowerCase()}, ${act}${bn ? ' with BN' : ''}: the gradient at layer 1 is ${ratio} of the last layer’s.`,
  verdict: (ratio: number) =>
    ratio < 1e-3 ? 'It has vanished: the first layers barely learn.' : ratio > 1e3 ? 'It has exploded: the first layers get huge updates.' : 'It reached the first layer at a usable size.',
  blewUp: (v: string) => `The forward pass grew to |h| = ${v} at the last layer: without BN, each residual block adds to the signal.`,
  barsCaption: 'Gradient norm ‖∂L/∂hₗ‖ at every layer (log scale), the last layer on the right',
  flowCaption: 'The backward pass: line thickness is the gradient’s size on each path',
  figureLabel: (depth: number, arch: string, first: string, last: string) =>
    `Bar chart and flow diagram of a ${arch.toLowerCase()} stack of ${depth} layers. Gradient norm at layer 1: ${first}; at layer ${depth}: ${last}. Use the left and right arrow keys to choose a block.`,
  flowLegend: (residual: boolean) => (residual ? '← gradient: straight line = branch F, arc = skip (identity)' : '← gradient: through every layer, no way around'),
  figureHint: 'Arrow keys or a click choose a block; Home and End jump to the first and last.',
  blockPlain: (l: number, f: string) => `Block ${l} multiplies the gradient by ${f} on its way back.`,
  blockResidual: (l: number, f: string, skip: string, branch: string) =>
    `Block ${l} multiplies the gradient by ${f}: the skip carries ${skip} back unchanged, the branch adds a part of size ${branch}.`,
  factorRange: (lo: string, hi: string) => `Per-block factors range from ${lo} to ${hi}.`,
  // Training panel
  trainTitle: 'Train a plain and a residual network of the same depth',
  trainDepthLegend: 'Training depth',
  trainButton: 'Train',
  stopButton: 'Stop',
  trainNote: (steps: number, samples: number) =>
    `Adam, ${steps} steps, on ${samples} seeded points of y = sin(2x·u), with the activation, BN, initial scale and seed chosen above.`,
  trainIdle: 'Press Train to start.',
  trainProgress: (step: number, total: number, plain: string, res: string) => `Step ${step} of ${total}: plain loss ${plain}, residual loss ${res}.`,
  trainDone: (total: number, plain: string, res: string, better: boolean) =>
    `After ${total} steps: plain loss ${plain}, residual loss ${res}. ${better ? 'The residual network trained further.' : 'Here the plain network did as well or better.'}`,
  trainCaption: 'Training loss (mean squared error, log scale) against step',
  trainEmpty: 'The two loss curves are drawn here once training starts.',
  legendPlain: 'plain',
  legendResidual: 'residual',
  xAxis: 'step',
};

/** How a setting a link or the lesson got wrong is named (choices by their own names). */
export const ISSUES: IssueLabels = { label: (f) => (S.labels as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in the widget's words. */
export function numberMessage(issue: Issue): string {
  const label = ISSUES.label!(issue.field);
  if (issue.code === 'not-whole') return S.errors.whole(label, issue.got ?? '');
  if (issue.code === 'out-of-range') return S.errors.range(label, issue.min ?? 0, issue.max ?? 0, issue.got);
  return S.errors.missing(label);
}

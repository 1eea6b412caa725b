/** Every word RegressionLossExplorer shows. */
import type { RegressionLossName } from '@/lib/compute';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const S = {
  title: 'L1, L2 and smooth L1: the losses and their gradients',
  betaLabel: 'β (where smooth L1 turns from quadratic to linear)',
  names: { l1: 'L1', l2: 'L2', smoothL1: 'smooth L1' } satisfies Record<RegressionLossName, string>,
  lossPanel: 'loss',
  gradPanel: 'gradient',
  xAxis: 'error d = prediction − target',
  figureCaption: 'Each loss (top) and its gradient (bottom) against the error. Drag the point, or focus the chart and use the arrow keys.',
  slider: 'Error d. Left and right arrows move it by 0.05, with Shift by 0.5; Home and End go to the ends.',
  sliderValue: (d: string, l1: string, l2: string, s: string) => `error ${d}: L1 ${l1}, L2 ${l2}, smooth L1 ${s}`,
  figureAlt: (beta: string) =>
    `Two charts over errors from −3 to 3. Top: L1 is a V with slope 1; L2 is a parabola d², rising to 9 at the ends; smooth L1 with β = ${beta} is a parabola between −β and β and a straight line of slope 1 outside. Bottom: the gradient of L1 is a step from −1 to 1, that of L2 is the straight line 2d, and that of smooth L1 follows d/β between −β and β and is capped at −1 and 1 outside.`,
  tableCaption: (d: string) => `At error d = ${d}`,
  colLoss: 'Loss',
  colFormula: 'Formula',
  colValue: 'Value',
  colGrad: 'Gradient',
  formulas: {
    l1: '|d|',
    l2: 'd²',
    smoothL1: (beta: string, inside: boolean) => (inside ? `0.5 d² / β (|d| < β = ${beta})` : `|d| − 0.5 β (|d| ≥ β = ${beta})`),
  },
  smoothIsL1: 'With β = 0, smooth L1 is exactly L1 (PyTorch treats it so).',
  atTarget: 'At the target every gradient is 0 (PyTorch takes the sign of 0 to be 0, so L1 stops too).',
  outside: (d: string, l2grad: string, times: string) =>
    `Outside ±β smooth L1 grows linearly, like L1: its gradient is capped at ±1 however large the error. L2's gradient here is 2d = ${l2grad}, ${times} times as large: a single badly wrong box would dominate the update.`,
  inside: (grad: string) =>
    `Inside ±β smooth L1 is a parabola, like L2: its gradient d/β = ${grad} shrinks as the prediction nears the target, so the steps shrink too. L1's gradient stays ±1 right up to the target and flips sign past it, so gradient descent keeps overshooting.`,
  loading: 'Loading the compute engine (TensorFlow.js)…',
} as const;

/** How a setting a link or the lesson got wrong is named. */
const LABELS: Record<string, string> = { beta: 'β', error: 'The error d' };
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(LABELS, f) ? LABELS[f] : f) };

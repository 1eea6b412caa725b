/** Every word RegularisationExplorer shows. */
import type { Penalty } from '@/lib/regularisation/polynomialFit';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const S = {
  title: 'L1 and L2 regularisation on a degree-9 polynomial',
  lambdaLabel: 'Regularisation strength λ (log scale)',
  lambdaValue: (v: string) => `λ = ${v}`,
  seedLabel: 'Noise seed',
  newNoise: 'New noise',
  showUnregularised: 'Show the fit without regularisation (λ = 0)',
  chartCaption: '10 noisy points of sin(πx) and the polynomials fitted to them',
  legend: { truth: 'true curve sin(πx)', l2: 'L2 fit', l1: 'L1 fit', none: 'no regularisation', points: 'data' },
  chartAlt: (l2: string, l1: string, none: string) =>
    `Chart over x from −1 to 1: ten noisy points scattered around the true curve sin(πx). The L2 fit's mean squared distance from the true curve is ${l2}, the L1 fit's is ${l1}; without regularisation the polynomial passes through every point and is ${none} away.`,
  cardTitle: { l2: 'L2 penalty (ridge, weight decay)', l1: 'L1 penalty (lasso)' } satisfies Record<Penalty, string>,
  penaltyFormula: { l2: 'Σ wₖ²', l1: 'Σ |wₖ|' } satisfies Record<Penalty, string>,
  weightsCaption: 'Weights w₀ … w₉ (symmetric log scale; w₀ is not penalised)',
  weightsAlt: (name: string, list: string) => `${name} weights: ${list}.`,
  zeroMark: '0',
  empirical: 'Empirical risk (mean squared error on the points)',
  penalty: (formula: string) => `Penalty ${formula} over k ≥ 1`,
  weighted: 'λ × penalty',
  structural: 'Structural risk = empirical risk + λ × penalty',
  truthError: 'Distance from the true curve (mean squared, over [−1, 1])',
  zeros: (n: number) => `${n} of 9 penalised weights exactly zero`,
  noZeros: 'No weight is exactly zero',
  unregularisedNote: (emp: string, truth: string) =>
    `Without regularisation: empirical risk ${emp} (it passes through every point), distance from the true curve ${truth}.`,
  seedInvalid: (v: number) => (Number.isFinite(v) ? `The seed must be a whole number from 1 to 9999 (got ${v}); the chart keeps the last valid one.` : 'The seed is empty; the chart keeps the last valid one.'),
} as const;

const LABELS: Record<string, string> = { logLambda: 'log10 λ', seed: 'The seed', showUnregularised: 'showUnregularised' };
/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(LABELS, f) ? LABELS[f] : f) };

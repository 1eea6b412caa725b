/** Every word PreprocessingExplorer shows. */
import type { Stage } from '@/lib/preprocessing/pipeline2d';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { PresetId } from './state';

export const S = {
  title: 'Preprocessing a 2-D point cloud, step by step',
  settings: 'Data settings',
  presetLabel: 'Data set',
  presets: {
    correlated: 'Correlated cloud',
    scales: 'Very different scales',
    line: 'Almost a line',
    custom: 'Custom',
  } satisfies Record<PresetId | 'custom', string>,
  rho: 'Correlation ρ',
  sx: 'Spread σx',
  sy: 'Spread σy',
  mx: 'Offset μx',
  my: 'Offset μy',
  points: 'Training points',
  epsilon: 'Whitening ε',
  epsilonValue: (e: number) => (e === 0 ? '0' : e >= 0.1 ? String(e) : `10^${Math.round(Math.log10(e))}`),
  epsilonLabel: (e: number) => (e === 0 ? '0' : e >= 0.1 ? String(e) : `1e${Math.round(Math.log10(e))}`),
  showTest: 'Show held-out points (transformed with the training statistics)',
  resample: 'New sample',
  seed: (s: number) => `sample #${s}`,
  stagesLabel: 'Preprocessing steps',
  stageNames: {
    raw: 'Raw',
    centred: 'Zero-centred',
    normalised: 'Normalised',
    decorrelated: 'Decorrelated (PCA)',
    whitened: 'Whitened',
  } satisfies Record<Stage, string>,
  stageShort: {
    raw: 'Raw',
    centred: 'Centred',
    normalised: 'Normalised',
    decorrelated: 'PCA',
    whitened: 'Whitened',
  } satisfies Record<Stage, string>,
  stageWhat: {
    raw: 'The data as measured: its centre sits away from the origin and the two coordinates are correlated.',
    centred: 'Subtract the training mean μ from every point: the cloud moves to the origin; its shape does not change.',
    normalised: 'Divide each centred coordinate by its standard deviation σ: both now spread by 1, but the correlation stays.',
    decorrelated: 'Rotate the centred cloud onto the eigenvectors of its covariance (PCA): the covariance becomes diagonal, the correlation 0.',
    whitened: 'Divide each PCA coordinate by √(λ + ε): every direction now has variance λ / (λ + ε), which is 1 unless λ is tiny next to ε.',
  } satisfies Record<Stage, string>,
  stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
  prev: 'Previous',
  next: 'Next',
  prevLabel: 'Previous step',
  nextLabel: 'Next step',
  keys: 'Left and right arrow keys move between the steps.',
  mean: 'Mean μ',
  std: 'Standard deviation σ',
  cov: 'Covariance Σ (divided by N)',
  eig: 'Eigenvalues of Σ',
  corr: 'Correlation',
  heldOut: 'Held-out points, same transform',
  heldOutNote: 'Statistics from the training points are applied unchanged to new data, so held-out points come out close to, not exactly at, the training values.',
  formula: 'This step',
  scales: (s1: string, s2: string) => `Whitening multiplies PC 1 by ${s1} and PC 2 by ${s2}.`,
  legendTrain: 'training points',
  legendTest: 'held-out points',
  legendEllipse: 'ellipse at 2 standard deviations, with the principal axes',
  panelAlt: (stage: string, mean: string, std: string, corr: string, eig: string, n: number) =>
    `Scatter plot, ${stage}: ${n} training points, mean ${mean}, standard deviations ${std}, correlation ${corr}, covariance eigenvalues ${eig}.`,
  blocked: {
    'zero-eigenvalue': (v: string) =>
      `Cannot whiten with ε = 0: the smallest eigenvalue of the covariance is ${v}, so the points lie on a line and whitening would divide by √0. Choose ε > 0 (or a correlation below 1 in size).`,
    'zero-variance': (v: string) => `Cannot normalise: a coordinate has standard deviation ${v}, and dividing by it is undefined.`,
  },
  notComputed: 'Not computed',
} as const;

/** A link's settings are named by their keys, as the widget has always named them. */
export const ISSUES: IssueLabels = {};

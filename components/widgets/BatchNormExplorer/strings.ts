/** Every word BatchNormExplorer shows, so another language edition can replace this file. */
import type { LayerKind, ShapeName } from '@/lib/batchNorm/syntheticBatch';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { Mode } from './state';

/** A number as text, with a real minus sign. */
export const num = (v: number, digits = 3) => (Number.isFinite(v) ? v.toFixed(digits).replace(/^-(?=.*[1-9])/, '−').replace(/^-/, '') : '—');
export const pct = (share: number) => `${Math.round(share * 100)}%`;
const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const superscript = (n: number) => [...String(n)].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
const channelName = (c: number) => `channel ${c + 1}`;

export const S = {
  title: 'Batch normalization, one mini-batch at a time',
  loading: 'Loading the compute engine…',
  computeFailed: (e: string) => `The numbers could not be computed: ${e}`,

  dataLegend: 'The incoming batch',
  layerLegend: 'Layer before the batch norm',
  layers: { conv: 'Convolution (4×4 maps)', fc: 'Fully connected' } satisfies Record<LayerKind, string>,
  batchSize: 'Batch size N',
  shapeLabel: 'Shape of the activations',
  shapes: { normal: 'Normal', uniform: 'Uniform', skewed: 'Skewed (long right tail)', bimodal: 'Two bumps' } satisfies Record<ShapeName, string>,
  channelLegend: 'Channel the sliders and steps are about',
  channelOption: (c: number) => `Channel ${c + 1}`,
  meanLabel: (c: number) => `Mean of ${channelName(c)}'s activations`,
  spreadLabel: (c: number) => `Spread (standard deviation) of ${channelName(c)}`,
  statCount: (layer: LayerKind, n: number, m: number) =>
    layer === 'fc'
      ? `Each feature's statistics are taken over the N = ${n} samples: m = ${m} value${m === 1 ? '' : 's'}.`
      : `Each channel's statistics are taken over N × H × W = ${n} × 4 × 4 = ${m} values.`,

  paramsLegend: (c: number) => `Learned parameters of ${channelName(c)}, and ε`,
  gammaLabel: (c: number) => `γ (scale) of ${channelName(c)}`,
  betaLabel: (c: number) => `β (shift) of ${channelName(c)}`,
  epsLabel: 'ε (added to the variance)',
  epsOption: (e: number) => (e >= 0.1 ? String(e) : `10${superscript(-Math.round(-Math.log10(e)))}`),

  figureCaption: (layer: LayerKind) =>
    `${layer === 'fc' ? 'Fully connected layer' : 'Convolution'} → batch norm → ReLU: each channel's values before and after the batch norm`,
  before: 'Before: x',
  after: (mode: Mode) => (mode === 'train' ? 'After: y, training mode (outline: inference)' : 'After: y, inference mode (outline: training)'),
  afterOnlyEval: 'After: y, inference mode',
  channelHeading: (c: number) => `Channel ${c + 1}`,
  stats: (mean: number, sd: number) => `mean ${num(mean, 2)}, sd ${num(sd, 2)}`,
  relu: (share: number) => `${pct(share)} pass the ReLU`,
  histAlt: (c: number, which: 'before' | Mode, m: number, s: { mean: number; sd: number; min: number; max: number }) =>
    `Histogram of channel ${c + 1} ${which === 'before' ? 'before the batch norm' : `after it, ${which === 'train' ? 'training' : 'inference'} mode`}: ${m} values from ${num(s.min, 2)} to ${num(s.max, 2)}, mean ${num(s.mean, 2)}, standard deviation ${num(s.sd, 2)}.`,

  stepsHeading: (c: number, mode: Mode) =>
    mode === 'train' ? `The four steps for channel ${c + 1}, training mode (x₁ is the channel's first value)` : `The same steps for channel ${c + 1}, inference mode`,
  stepNames: ['1. Mean', '2. Variance', '3. Normalise', '4. Scale and shift'],
  updateHeading: 'Then the running averages are updated (this is what Next batch commits)',
  evalNote: 'In inference mode the batch is not used for statistics and nothing is updated: every value is normalised with the stored running mean and variance.',
  momentumZero: 'With momentum 0 the running statistics never change: they stay at their starting values.',

  trainLegend: 'Training and inference',
  modeLegend: 'Mode',
  modes: { train: 'Training (batch statistics)', eval: 'Inference (running statistics)' } satisfies Record<Mode, string>,
  momentumLabel: 'Momentum ρ (weight of the new batch)',
  next: 'Next batch',
  nextTen: 'Train 10 batches',
  reset: 'Reset running statistics',
  running: (steps: number, c: number, mean: number, variance: number) =>
    `After ${steps} batch${steps === 1 ? '' : 'es'}: ${channelName(c)}'s running mean ${num(mean)}, running variance ${num(variance)}.`,
  population: (mean: number, variance: number) => `The population they estimate: mean ${num(mean)}, variance ${num(variance)}.`,
  announceTrained: (count: number, steps: number, c: number, mean: number, variance: number) =>
    `Trained on ${count} batch${count === 1 ? '' : 'es'}. ${S.running(steps, c, mean, variance)}`,
  announceReset: 'Running statistics reset to mean 0 and variance 1, as PyTorch starts them.',
  modeGap: (gap: number) => `On this batch the two modes disagree by ${num(gap)} on average (mean |y_train − y_inference| over the channel).`,
  trainImpossible: (m: number) =>
    `Training mode is impossible here: after a fully connected layer a batch of ${m} gives each feature a single value. ` +
    'It equals its own batch mean, the variance is 0, and every output would be β. PyTorch refuses with “Expected more than 1 value per channel when training”. ' +
    'Choose a batch of at least 2, or a convolution (whose 4×4 map gives 16 values per channel even for one image). Inference mode still works: it uses the running statistics.',

  chartMean: 'Running mean, batch after batch',
  chartVar: 'Running variance, batch after batch',
  chartEmpty: 'Press Next batch: the running averages will be plotted here, batch after batch.',
  legendBatch: 'this batch',
  legendRunning: 'running average',
  legendPopulation: 'population',
  legendBiased: 'where a biased-variance rule would settle',
  chartKeys: 'Arrow keys move along the batches; Home and End jump to the first and last.',
  chartAlt: (what: string, c: number, n: number, first: number, last: number, target: number) =>
    `${what} of channel ${c + 1} over the last ${n} batches: from ${num(first)} to ${num(last)}; the population value is ${num(target)}.`,
  pointMean: (step: number, batch: number, running: number) => `Batch ${step}: batch mean ${num(batch)}, running mean after it ${num(running)}.`,
  pointVar: (step: number, batch: number, running: number) =>
    `Batch ${step}: unbiased batch variance ${num(batch)}, running variance after it ${num(running)}.`,
  axisBatch: 'batches seen',

} as const;

/** The reasons of state.ts in words; settings are named by their keys, as this widget always named them. */
const REASONS: Record<string, string> = {
  'positive-variance': 'must be a positive number (a variance) up to 1,000,000',
  'unknown-setting': 'unknown setting',
};

export const ISSUES: IssueLabels = { detail: (r) => (Object.hasOwn(REASONS, r) ? REASONS[r] : r) };

/** Every word DropoutDemo shows. */
import type { DropoutScaling, Nonlinearity } from '@/lib/nn/dropout';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { P_MAX } from './state';

export const S = {
  title: 'Dropout: a new mask every step, and the average over masks',
  pLabel: 'Drop probability p',
  scalingLegend: 'Where the factor goes',
  scalings: {
    inverted: 'Inverted: kept units × 1/(1 − p) while training',
    original: 'Original paper: weights × (1 − p) at test time',
  } satisfies Record<DropoutScaling, string>,
  afterLegend: 'After the weighted sum',
  afters: { none: 'Nothing (linear layer)', relu: 'ReLU' } satisfies Record<Nonlinearity, string>,
  draw: 'Draw a mask',
  play: 'Play',
  pause: 'Pause',
  draw100: '+100 masks',
  reset: 'Reset',
  newSeed: 'New masks',
  playback: 'Masks',
  count: (n: string) => `Masks drawn: ${n}`,
  reducedMotion: 'Reduced motion is on: Play is replaced by +100 masks.',
  keyHint: 'Focus the figure and use ← → to choose the output unit the first chart follows.',
  figureLabel: 'The layer with the current mask',
  figureAlt: (kept: number[], dropped: number[], scale: string) =>
    dropped.length === 0 && kept.length === 0
      ? 'No mask drawn yet: every input unit is present.'
      : `Input units ${kept.map((i) => i + 1).join(', ') || 'none'} are kept${scale}; units ${dropped.map((i) => i + 1).join(', ') || 'none'} are dropped (set to 0).`,
  scaleNote: (s: string) => ` and multiplied by ${s}`,
  inputRow: 'inputs x',
  outputRow: 'outputs y',
  tableTitle: 'Outputs, unit by unit',
  colUnit: 'unit',
  colTarget: { inverted: 'full network (test)', original: 'test: weights × (1 − p)' } satisfies Record<DropoutScaling, string>,
  colMask: 'this mask',
  colAverage: (n: string) => `average of ${n}`,
  colMean: (masks: number) => `mean over all ${masks} masks`,
  noMask: '—',
  avgTitle: (unit: number) => `Running average of output unit ${unit + 1} against the number of masks`,
  avgAlt: (unit: number, n: string, avg: string, target: string, mean: string) =>
    `Line chart, masks on a log scale. The running average of unit ${unit + 1} after ${n} masks is ${avg}; the test-time output is ${target}; the exact mean over all masks is ${mean}.`,
  errTitle: 'Error of the running average (RMS over the units) against the number of masks, both axes log',
  errAlt: (n: string, err: string, sigma: string, bias: string | null) =>
    `Line chart on log scales. After ${n} masks the error is ${err}. The dashed line σ/√n starts at ${sigma} for one mask and halves every time the masks are multiplied by four.${bias ? ` It cannot go below the gap ${bias} between the mean over masks and the test output: after a ReLU the average does not converge to the test network.` : ''}`,
  legendAvg: 'running average',
  legendTarget: 'test-time output',
  legendMean: 'exact mean over masks',
  legendErr: 'error',
  legendSqrt: 'σ/√n',
  legendBias: 'gap: mean − test output',
  xAxis: 'masks n',
  exactNote: 'For a linear layer the mean over masks equals the test-time output exactly: the gap is 0.',
  gapNote: (gap: string) => `After the ReLU the mean over masks misses the test-time output by ${gap} (RMS): the average of ReLUs is not the ReLU of the average.`,
  announce: (n: number, kept: number[], dropped: number, scale: string, err: string) =>
    `Mask ${n}: kept units ${kept.map((i) => i + 1).join(', ') || 'none'}${scale}, ${dropped} dropped. Error of the average of ${n} masks: ${err}.`,
  none: 'No mask drawn yet.',
} as const;

/**
 * How a setting a link or the lesson got wrong is named. A refused p is worded whole (its label is
 * empty so no "p:" comes first): "p must be a number from 0 to 0.9 (got 2)."
 */
export const ISSUES: IssueLabels = {
  label: (f) => (f === 'p' ? '' : f),
  detail: (reason) => (reason === 'p' ? `p must be a number from 0 to ${P_MAX}` : reason),
};

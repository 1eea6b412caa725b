/** Every word DyingRelu shows. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { KickKind, View } from './state';

export const S = {
  title: 'Dying ReLU on a layer of 16 units',
  kickLegend: 'What hits the layer',
  kicks: { step: 'One large learning-rate step', shift: 'Every bias shifted' } satisfies Record<KickKind, string>,
  labels: { rate: 'Learning rate of that step', shift: 'Bias shift', steps: 'Training steps afterwards', seed: 'Random seed (data and weights)', unit: 'Unit' },
  kickExplain: {
    step: (rate: string) =>
      `One step of gradient descent with learning rate ${rate} on a batch whose targets are 3 below what the layer outputs (a large error, like an outlier batch early in training).`,
    shift: (shift: string) => `Every unit's bias moves by ${shift}.`,
  },
  slopeLegend: 'Leaky ReLU slope a',
  viewLegend: 'Show the units of',
  views: (slope: string) => ({ relu: 'ReLU', leaky: `Leaky ReLU (a = ${slope})` }) satisfies Record<View, string>,
  afterKick: 'Right after the hit',
  afterTraining: (steps: number) => `After ${steps} training step${steps === 1 ? '' : 's'} (learning rate 0.2)`,
  offCount: (off: number, units: number) => `${off} of ${units} units off for every input`,
  dead: 'dead: zero output and zero gradient for the whole batch',
  leakyOff: 'switched off, yet each still gets a gradient',
  revived: (n: number) => `${n} came back on`,
  loss: (v: string) => `loss ${v}`,
  chartCaption: 'Units off for every input of the batch, at each training step',
  xAxis: 'training step',
  legendRelu: 'ReLU',
  legendLeaky: (slope: string) => `Leaky ReLU, a = ${slope}`,
  gridLabel: 'Units of the layer: arrow keys choose a unit',
  gridHint: 'Each square is one unit over the 64 inputs (dots) of the batch: shaded where it is on (w·x + b > 0), filled dots are inputs that switch it on.',
  unitTitle: (j: number) => `Unit ${j + 1}`,
  deadTag: 'dead',
  offTag: 'off',
  unitReadout: (j: number, view: string, step: number, w: string, b: string, active: number, batch: number, grad: string, dead: boolean, off: boolean) =>
    `Unit ${j + 1} (${view}, step ${step}): w = (${w}), b = ${b}; on for ${active} of ${batch} inputs; gradient size ${grad}. ` +
    (dead
      ? 'Dead: with no input switching it on, its output and gradient are exactly 0, so no amount of training can move it again.'
      : off
        ? 'Off for every input, but the leaky slope still passes a gradient, so training can bring it back.'
        : 'Alive.'),
  chartAlt: (steps: number, r0: number, r1: number, l0: number, l1: number) =>
    `Line chart over ${steps} training steps. ReLU: ${r0} units off after the hit, ${r1} at the end, and the count never falls. Leaky ReLU: ${l0} after the hit, ${l1} at the end.`,
  gridAlt: (view: string, off: number, dead: boolean) => `${view}: ${off} of 16 units off for every input${dead ? ', all of them dead' : ''}.`,
  invalidHeading: 'Nothing to show for this seed.',
} as const;

/** How a setting a link, the lesson or the reader got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(S.labels, f) ? S.labels[f as keyof typeof S.labels] : f) };

/**
 * Every word the network overview shows, in one place for translation. Functions build the
 * sentences that carry numbers; numbers are printed with the steppers' fmt (a real minus sign).
 */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { fmt } from '@/components/widgets/shared/stepper/format';
import type { FeatureShape } from '@/lib/compute/training/spec';
import type { UnitIssue } from './units';

const shapeText = (s: readonly number[]) => s.join('×');
const pct = (p: number) => `${(100 * p).toFixed(1)} %`;
const count = (n: number) => n.toLocaleString('en-US');

export const S = {
  /** The /inside/ page around the overview of the reader's sandbox network. */
  insidePage: {
    title: 'Look inside your network',
    intro: 'The network you trained in the sandbox, on any test image: every layer, every channel, and how each unit got its value.',
  },
  title: 'Inside a trained CNN: every layer on one image',
  sandboxTitle: 'Inside your sandbox network',
  loadingEngine: 'Loading the compute engine…',
  loadingModel: 'Loading the trained network…',
  loadingImages: 'Loading the test images…',
  failed: (why: string) => `The overview could not be drawn: ${why}`,
  retry: 'Try again',
  noSandbox: 'No network from the sandbox is stored in this browser yet.',
  sandboxBroken: (why: string) => why,
  goToSandbox: 'Build and train one in the sandbox',
  sandboxAbout: (accuracy: number | undefined) =>
    accuracy === undefined ? 'Your network from the sandbox.' : `Your network from the sandbox (test accuracy ${pct(accuracy)}).`,

  // the image
  drawnImage: 'your drawing',
  photoImage: 'your photo',
  cameraImage: 'your camera snapshot',
  notInLink: (what: string) => `Copy link keeps the selected unit but not ${what}: an image made in the page cannot travel in a link.`,
  waitingOwn: (what: string, index: number) =>
    `Until there is ${what}, the network looks at test image ${index + 1}. (An image made in the page cannot travel in a link, so a link made with one opens here.)`,

  // the figure
  figureLabel: 'Every layer of the network. Arrow keys move between units, Enter explains one.',
  keyHint:
    'Tab to the figure, then ← → move between layers, ↑ ↓ between channels (or units), Shift + arrows within a map, Home and End to the input and the output; Enter explains the unit, Escape closes the explanation. Or point at a unit and click (tap).',
  shape: (s: FeatureShape) => shapeText(s),
  params: (n: number) => (n === 0 ? 'no parameters' : n === 1 ? '1 parameter' : `${count(n)} parameters`),
  range: (lo: number, hi: number) => `${fmt(lo)} to ${fmt(hi)}`,
  scaleDiverging: 'purple below 0, orange above',
  scaleSequential: 'dark 0, yellow the largest',
  scaleGrey: 'black 0, white 1',
  legendLabel: (lo: number, hi: number, how: string) => `Colour scale from ${fmt(lo)} to ${fmt(hi)}: ${how}.`,
  layerAlt: (label: string, shape: FeatureShape, lo: number, hi: number) =>
    `${label}: ${shape.length === 3 ? `${shape[2]} map${shape[2] === 1 ? '' : 's'} of ${shape[0]}×${shape[1]}` : `${shape[0]} units`}, values ${fmt(lo)} to ${fmt(hi)}.`,
  channel: (c: number) => `channel ${c + 1}`,
  unitName: (k: number) => `unit ${k + 1}`,

  // units in words
  unit: (label: string, flat: boolean, channel: number, y: number, x: number, classes: readonly string[] | null) =>
    flat
      ? `${label}, ${classes ? classes[channel] : `unit ${channel + 1}`}`
      : `${label}, channel ${channel + 1}, row ${y + 1}, column ${x + 1}`,
  unitValue: (unit: string, v: number) => `${unit}: ${fmt(v, 3)}`,
  prediction: (cls: string, p: number) => `The network says ${cls}, with probability ${pct(p)}.`,
  truth: (cls: string, right: boolean) => (right ? `Right: the label is ${cls}.` : `Wrong: the label is ${cls}.`),
  selected: (unit: string, v: number) => `Selected: ${unit} = ${fmt(v, 3)}.`,
  pointed: (unit: string, v: number) => `${unit} = ${fmt(v, 3)}`,
  pickPrompt: 'Point at a unit, or use the keys, to see what feeds it; click or press Enter to see how its value was made.',
  unitIssue: (issue: UnitIssue) =>
    !issue
      ? ''
      : issue.code === 'no-layer'
        ? `The link selects a layer this network does not have (its layers run from −1, the input, to ${issue.last}, the probabilities); nothing is selected.`
        : `The link selects a unit outside its layer (shape ${shapeText(issue.shape)}); nothing is selected.`,

  // the explanation
  detailTitle: (unit: string) => `How ${unit} got its value`,
  close: 'Close',
  explainFailed: (why: string) => `This unit cannot be explained: ${why}`,
  inputValue: (v: number) => `A pixel of the image: ${fmt(v, 3)} (0 is background, 1 the brightest ink).`,
  convIntro: (channels: number, k: number) =>
    channels === 1
      ? `The ${k}×${k} window of the input is multiplied, cell by cell, by the learned kernel; the products are summed and the bias added.`
      : `Each of the ${channels} input channels has its own ${k}×${k} window and its own learned kernel; their products are summed channel by channel, then the sums and the bias are added.`,
  selfPadded: 'TensorFlow pads this layer unevenly (an extra row below, column right); the padded zeros are shown as ordinary cells.',
  convAfter: (fn: string, total: number, out: number) => `Then ${fn}: ${fn}(${fmt(total)}) = ${fmt(out)}, the value the next column shows.`,
  positionLabel: 'Slide the window over the map',
  poolIntro: (mode: 'max' | 'avg', k: number) => (mode === 'max' ? `The largest of the ${k}×${k} window is kept.` : `The ${k}×${k} window is averaged.`),
  poolMax: (vals: string, v: number) => `max(${vals}) = ${fmt(v, 3)}`,
  poolAvg: (sum: number, n: number, v: number) => `sum ${fmt(sum, 3)} ÷ ${n} = ${fmt(v, 3)}`,
  windowCaption: 'Window',
  activation: (fn: string, x: number, v: number) => `${fn}(${fmt(x, 3)}) = ${fmt(v, 3)}`,
  activationNames: { relu: 'ReLU', leakyRelu: 'leaky ReLU', elu: 'ELU', sigmoid: 'sigmoid', tanh: 'tanh' } as Record<string, string>,
  batchNorm: (x: number, mean: number, variance: number, eps: number, gamma: number, beta: number, v: number) =>
    `(${fmt(x, 3)} − ${fmt(mean, 3)}) ÷ √(${fmt(variance, 3)} + ${eps}) × ${fmt(gamma, 3)} + ${fmt(beta, 3)} = ${fmt(v, 3)}`,
  identity: (why: 'dropout' | 'flatten', from: string) =>
    why === 'dropout' ? `Dropout only acts while training; at inference it hands on ${from} unchanged.` : `Flatten only lines the maps up: this is ${from}.`,
  globalAvgPool: (n: number, sum: number, v: number) => `The mean of the channel's ${n} values: ${fmt(sum, 3)} ÷ ${n} = ${fmt(v, 3)}`,
  denseIntro: (n: number) => `A weighted sum of all ${count(n)} inputs plus a bias; the largest contributions (weight × input):`,
  denseHeaders: ['Input', 'Value', 'Weight', 'Weight × value'],
  denseTable: 'Largest contributions to this unit: input, value, weight and product',
  denseRest: (n: number) => `the other ${count(n)} inputs together`,
  bias: 'bias',
  total: 'total',
  softmaxIntro: 'Softmax turns the logits into probabilities: exponentiate each (after subtracting the largest, which changes nothing), divide by the sum.',
  softmaxFormula: (cls: string, z: number, shift: number, e: number, sum: number, p: number) =>
    `p(${cls}) = e^(${fmt(z, 3)} − ${fmt(shift, 3)}) ÷ ${fmt(sum, 3)} = ${fmt(e, 4)} ÷ ${fmt(sum, 3)} = ${fmt(p, 4)}`,
  softmaxSum: (n: number, total: number) => `The ${n} probabilities add up to ${fmt(total, 4)}.`,
  denseSum: (terms: string[], rest: string | null, bias: string, v: number) => `${terms.join(' + ')}${rest ? ` + ${rest}` : ''} + ${bias} = ${fmt(v, 3)}`,
  softmaxDenominator: (exps: string[], sum: number) => `Sum of the exponentials: ${exps.join(' + ')} = ${fmt(sum, 4)}`,
  probabilityOf: (cls: string, e: number, sum: number) => `${cls}: ${fmt(e, 4)} ÷ ${fmt(sum, 4)} = ${fmt(e / sum, 4)}`,
  valueIs: (formula: string, v: number) => `value = ${formula} = ${fmt(v, 3)}`,
  partOfChannel: (part: string, c: number) => `${part}, input channel ${c + 1}`,
};

/** The parts of a composite block's unit (lib/compute/overview/explainComposite.ts names them). */
export const PARTS: Record<string, string> = {
  branch: 'Branch: conv → BN → ReLU → conv → BN',
  shortcut: 'Shortcut: the block’s input',
  projection: 'Shortcut: 1×1 projection of the input',
  sum: 'Branch + shortcut',
  depthwise: 'Depthwise filter on the channel',
  pointwise: '1×1 weight to this output',
  product: 'Depthwise × pointwise',
  bias: 'Bias',
  input: 'Input value',
  squeeze: 'Squeeze: the channel’s mean',
  gate: 'Gate: sigmoid of the two dense layers',
  'mask logit': 'Mask logit (k×k conv over all channels)',
  mask: 'Mask: sigmoid of the logit',
  factor: 'Factor applied',
};

/** A composite block's formula, keyed as lib/compute/overview writes it. */
export const FORMULAS: Record<string, string> = {
  'relu(branch + shortcut)': 'ReLU(branch + shortcut)',
  'sum(depthwise × pointwise) + bias': 'Σ (depthwise × pointwise) + bias',
  'input × gate': 'input × gate',
  'input × (1 + mask)': 'input × (1 + mask)',
  'input × mask': 'input × mask',
};

/** The words for the state's issue codes (state.ts). */
const LABELS: Record<string, string> = { image: 'the test image (image)', unit: 'the selected unit (unit)', source: 'the image source (source)' };
const REASONS: Record<string, string> = {
  'unit-shape': 'must be {"layer", "channel", "y", "x"} or [layer, channel, y, x]',
  'unit-layer': 'its layer must be a whole number from −1 to 99',
  'unit-channel': 'its channel must be a whole number from 0 to 4095',
  'unit-y': 'its row y must be a whole number from 0 to 255',
  'unit-x': 'its column x must be a whole number from 0 to 255',
};
export const ISSUES: IssueLabels = {
  label: (f) => LABELS[f] ?? f,
  detail: (reason) => REASONS[reason] ?? 'it could not be read',
};

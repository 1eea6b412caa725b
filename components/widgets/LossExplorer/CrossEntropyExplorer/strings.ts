/** Every word CrossEntropyExplorer shows. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { PresetName } from './state';

export const S = {
  title: 'Softmax and cross-entropy on logits you choose',
  classNames: ['plane', 'car', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck'],
  classesLabel: 'Classes',
  presetsLabel: 'Try',
  presets: {
    uniform: 'All logits equal',
    right: 'Confident and right',
    wrong: 'Confident and wrong',
    huge: 'A logit of 1000',
  } satisfies Record<PresetName, string>,
  tableCaption: 'Logits (edit them), the softmax probabilities and the gradient of the loss. Pick the true class in the first column.',
  colTrue: 'True',
  colClass: 'Class',
  colLogit: 'Logit z',
  colProb: 'Probability p',
  colGrad: 'Gradient p − y',
  trueRadio: (name: string) => `${name} is the true class`,
  logitLabel: (name: string) => `Logit of ${name}`,
  gradientLegend:
    'Gradient descent moves every logit against its gradient: the true class (negative gradient, blue, to the left) goes up, every other class (positive, orange, to the right) goes down, each in proportion to its probability.',
  lossLine: (name: string) => `Loss for true class ${name}`,
  stableHeading: 'Computed stably (log-sum-exp)',
  naiveOk: (max: string) =>
    `The textbook formula exp(z) / Σ exp(z) gives the same numbers here: the largest logit (${max}) is below 88.72, where exp overflows 32-bit floats.`,
  naiveFails: (max: string, p: string) =>
    `The textbook formula exp(z) / Σ exp(z) fails here: exp(${max}) overflows 32-bit floats to infinity, and infinity / infinity gives p = ${p}. Subtracting the largest logit first, as above, gives the right answer.`,
  curveCaption: (name: string) => `The loss as the logit of the true class (${name}) changes, the others fixed`,
  curveSlider: (name: string) => `Logit of the true class, ${name}. Left and right arrows change it by 0.1, with Shift by 1.`,
  curveValue: (z: string, loss: string) => `logit ${z}, loss ${loss}`,
  curveAlt: (name: string, lo: string, hi: string, lossLo: string, lossHi: string, z: string, loss: string) =>
    `Curve: as the logit of ${name} rises from ${lo} to ${hi}, the loss falls from ${lossLo} to ${lossHi}, steeply at first, then flattening towards 0 without reaching it. The marked point is the current logit ${z}, loss ${loss}.`,
  xAxis: 'logit of the true class',
  yAxis: 'loss',
  loading: 'Loading the compute engine (TensorFlow.js)…',
  invalidHeading: 'No loss for these logits.',
  /** A logit shown that cannot be used: left empty, or typed beyond ±10,000. */
  logitError: (name: string, problem: { empty: boolean; value: number }) =>
    problem.empty ? `The logit of ${name} is empty or not a number.` : `The logit of ${name} must be between −10,000 and 10,000 (got ${problem.value}).`,
} as const;

/** A link's refusals, each worded whole as links have always said them (so no field label comes first). */
const REASONS: Record<string, string> = {
  classes: 'the number of classes must be a whole number from 3 to 10',
  logits: 'the logits must be a list of up to 10 numbers between −10,000 and 10,000 (null for an empty field)',
  target: 'the true class must be a whole number from 0 to the number of classes − 1',
};

export const ISSUES: IssueLabels = {
  label: () => '',
  detail: (reason) => {
    const last = /^target-max-(\d+)$/.exec(reason);
    if (last) return `the true class must be a whole number from 0 to ${last[1]}`;
    return Object.hasOwn(REASONS, reason) ? REASONS[reason] : reason;
  },
};

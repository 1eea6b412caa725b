/**
 * Every user-facing string of the pooling stepper, in one place so a translated edition only has to
 * replace this file. Functions build the sentences that carry numbers. (The playback bar's words are
 * shared/stepper/strings.ts.)
 */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { fmt } from '@/components/widgets/shared/stepper/format';
import { at, customInputWords, gridReason, quote, stepperWords } from '@/components/widgets/shared/stepper/strings';
import type { Direction, Phase, PoolInput, PoolMode, Upstream } from './presets';

const pct = (kept: number, total: number) => `${Math.round((100 * kept) / total)}%`;

export const strings = {
  ...stepperWords,
  title: 'Pooling, one window at a time',
  computeFailed: (why: string) => `This pooling cannot be computed: ${why}`,

  inputs: {
    classic: 'Classic 4×4',
    grid: 'Small numbers (5×5)',
    digit: 'Handwritten 3 (12×12)',
    photo: 'Photo of a rose (16×24)',
    custom: 'Custom: type your own',
  } satisfies Record<PoolInput, string>,
  modeLabel: 'Pooling',
  modes: { max: 'Max', avg: 'Average', stochastic: 'Stochastic' } satisfies Record<PoolMode, string>,
  kernelLabel: 'Window',
  kernelOption: (k: number) => `${k}×${k}`,
  includePadLabel: 'Count padding cells in the divisor (count_include_pad)',
  directionLabel: 'Pass',
  directions: { forward: 'Forward', backward: 'Backward' } satisfies Record<Direction, string>,
  phaseLabel: 'Stochastic pooling at',
  phases: { train: 'Training: sample', test: 'Test: expectation' } satisfies Record<Phase, string>,
  seedLabel: 'Seed',
  newDraw: 'New draw',
  upstreamLabel: 'Upstream gradient ∂L/∂y',
  upstreams: {
    ones: 'All ones',
    current: 'Only this window’s output: 1',
    numbered: 'Numbered 1, 2, 3, …',
  } satisfies Record<Upstream, string>,

  customInput: {
    ...customInputWords,
    help: 'Type numbers such as 3, 0.5 or 1/2. Stochastic pooling needs them all at least 0.',
    problem: (i: number, j: number, text: string, problem: string) =>
      `Input ${at(i, j)}: ${problem === 'empty' ? 'empty. Type a number (0 for nothing).' : `${quote(text)} is not a number between −1000 and 1000.`}`,
    blocked: 'Fix the input cells marked above to see the pooling again.',
  },

  figureLabel: 'Pooling figure. Arrow keys move the window.',
  inputLegend: {
    window: 'The blue outline is the window.',
    ringMax: 'The ring marks its maximum.',
    ringPicked: 'The ring marks the cell picked.',
    padding: {
      max: 'Padding cells hold −∞, so they never win.',
      zero: 'Padding cells hold 0 and count in the divisor.',
      excluded: 'Padding cells are left out of the average.',
      stochastic: 'Padding cells hold 0, so they are never picked.',
    },
  },

  inputCell: (r: number, c: number, v: string) => `Row ${r + 1}, column ${c + 1}: ${v}`,
  paddingCell: { max: 'Padding: −∞', zero: 'Padding: 0', excluded: 'Padding: left out' },
  paddingText: { max: '−∞', zero: '0', excluded: '' },
  probabilityCaption: 'Probabilities a / Σa',
  sharesCaption: 'Gradient each cell gets',
  /** A padding cell's share of an average's gradient, which is dropped. */
  lostShareText: (v: string) => `(${v})`,
  divisorReal: (n: number) => `÷ ${n}: the ${n} input cells of the window.`,
  divisorPadded: (n: number, pad: number) => `÷ ${n}: the whole window, its ${pad} padding ${pad === 1 ? 'cell' : 'cells'} included.`,
  outputTitle: (h: number, w: number) => `Output ${h}×${w}`,
  outputCell: (r: number, c: number, v: string) => `Output row ${r + 1}, column ${c + 1}: ${v}`,
  outputPending: 'Not computed yet: the window has not reached this cell.',
  upstreamTitle: (h: number, w: number) => `Upstream gradient ∂L/∂y (${h}×${w})`,
  upstreamLegend: 'The gradient arriving at each output. Click a cell to jump to its window.',
  gradTitle: (h: number, w: number) => `Input gradient ∂L/∂x (${h}×${w})`,
  gradLegend: 'Sums of what the windows so far have sent back; the ringed cells receive from this window.',
  gradCell: (r: number, c: number, v: string) => `∂L/∂x at row ${r + 1}, column ${c + 1}: ${v}`,
  upstreamCell: (r: number, c: number, v: string) => `∂L/∂y at row ${r + 1}, column ${c + 1}: ${v}`,
  kept: (inH: number, inW: number, outH: number, outW: number) =>
    `${inH}×${inW} = ${inH * inW} values in, ${outH}×${outW} = ${outH * outW} out: the layer keeps ${pct(outH * outW, inH * inW)} of them, with no parameters to learn.`,

  rule: {
    max: (terms: string, out: string) => `max(${terms}) = ${out}`,
    avg: (terms: string, divisor: number, out: string) => `(${terms}) ÷ ${divisor} = ${out}`,
    allZero: 'Every activation here is 0: there are no proportions to sample from, so each real cell is equally likely, and the output is 0 whichever is picked.',
    probabilities: (terms: string, sum: string) => `p = a ÷ Σa, with Σa = ${terms} = ${sum}`,
    draw: (u: string, r: number, c: number, value: string) => `the uniform draw u = ${u} picks input ${at(r, c)}: ${value}`,
    expectation: (terms: string, out: string) => `expectation Σ p·a = ${terms} = ${out}`,
    trainOutput: 'Output (training): the value picked',
    testOutput: 'Output (test): the expectation',
    output: 'Output',
  },
  back: {
    max: (g: string, r: number, c: number) => `The gradient ${g} goes whole to the maximum, at input ${at(r, c)}; the other cells get 0.`,
    stochastic: (g: string, r: number, c: number) => `The gradient ${g} goes whole to the cell picked, at input ${at(r, c)}; the other cells get 0.`,
    avg: (g: string, divisor: number, share: string, cells: number) =>
      `The gradient ${g} is split evenly: ${g} ÷ ${divisor} = ${share} to each of the ${cells} input cells.`,
    lost: (lost: string) => `The padding’s share, ${lost}, has no input to go to and is dropped.`,
    testPhase: 'The backward pass is a training step, so it follows the training-time sample.',
  },

  announce: {
    forward: (r: number, c: number, rule: string) => `Window at row ${r + 1}, column ${c + 1}: ${rule}`,
    backward: (r: number, c: number, g: string, where: string) => `Window at row ${r + 1}, column ${c + 1}: gradient ${g} ${where}`,
    toCell: (r: number, c: number) => `goes to input ${at(r, c)}`,
    split: (cells: number, share: string) => `is split into ${cells} shares of ${share}`,
  },
  summary: (input: string, mode: string, k: number, s: number, p: number, h: number, w: number) =>
    `${input} pooled by ${mode.toLowerCase()} pooling with a ${k}×${k} window, stride ${s}${p ? `, padding ${p}` : ''}, giving an output of ${h}×${w}.`,
  formulaLegend: 'n input size, f window size, p padding, s stride (as for a convolution).',

  errors: {
    seed: (max: number) => `The seed must be a whole number from 0 to ${max.toLocaleString('en-US')}; the last good draw is shown.`,
    padding: (p: number, k: number) =>
      `Padding ${p} is more than half the ${k}×${k} window: some windows would lie entirely in the padding, so PyTorch refuses it. Pick padding ${Math.floor(k / 2)} or less.`,
    negative: (r: number, c: number, v: number) =>
      `Stochastic pooling turns activations into probabilities, so it needs them all at least 0 (it follows a ReLU). The input has ${fmt(v)} at ${at(r, c)}. Pick max or average pooling, or make that cell 0 or more.`,
  },
};

/** A link's or a prop's field is named as written (kernel, stride…); the custom input in words. */
export const ISSUES: IssueLabels = {
  label: (f) => (f === 'customInput' ? 'the custom input (customInput)' : f),
  detail: (reason) => gridReason(reason),
};

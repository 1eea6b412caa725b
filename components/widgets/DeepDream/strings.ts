/** Every user-facing string of DeepDream. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { VS } from '@/components/widgets/shared/visualise/strings';
import type { DreamMode } from './state';

const fields = {
  mode: 'What to excite', target: 'Class', layer: 'Layer', channel: 'Channel', image: 'Starting image', steps: 'Steps',
  stepSize: 'Step size', jitter: 'Jitter', blurEvery: 'Blur every', seed: 'Noise seed',
};

export const S = {
  title: 'Activation maximisation and Deep Dream: ask the network what it wants to see',
  note: `${VS.note} Gradient ascent changes the image itself, a few hundred small steps, in slices that keep the page responsive.`,
  fields,
  modes: { class: 'a class', channel: 'a channel', dream: 'dream (amplify a layer)' } as Record<DreamMode, string>,
  modeHint: {
    class: 'Starts from grey noise and raises one class’s score (its logit, before the softmax).',
    channel: 'Starts from grey noise and raises the mean activation of one channel of one layer.',
    dream: 'Starts from the chosen image and raises the energy (mean square) of a whole layer: whatever the layer sees a little of, it is pushed to see more.',
  } as Record<DreamMode, string>,
  channelValue: (c: number) => String(c),
  stepValue: (v: number) => v.toFixed(3),
  px: (n: number) => (n === 0 ? 'none' : `±${n} px`),
  every: (n: number) => (n === 0 ? 'never' : `${n} steps`),
  run: 'Run gradient ascent',
  stop: 'Stop',
  progressLabel: 'Gradient ascent progress',
  progress: (step: number, total: number) => `Step ${step} of ${total}`,
  objective: (mode: DreamMode, what: string) =>
    mode === 'class' ? `score of ${what}` : mode === 'channel' ? `mean activation of ${what}` : `energy of ${what}`,
  readout: (objective: string, from: string, to: string, step: number, p: string | null, cls: string) =>
    `After ${step} steps the ${objective} rose from ${from} to ${to}.${p ? ` The network now calls the image ${cls} with ${p}.` : ''}`,
  readoutFall: (objective: string, from: string, to: string, step: number) => `After ${step} steps the ${objective} went from ${from} to ${to}: the blur or the jitter undid the steps; make the step larger or blur less often.`,
  stopped: (step: number) => `Stopped at step ${step}.`,
  idle: 'Press “Run gradient ascent”: the image appears and changes as it goes.',
  startCaption: 'Start',
  resultCaption: 'Result',
  imageLabel: (what: string, step: number) => `The image after ${step} steps of gradient ascent on the ${what}.`,
  startLabel: (what: string) => `The starting image: ${what}.`,
  noise: 'seeded grey noise',
};

export const ISSUES: IssueLabels = { label: (f) => (fields as Record<string, string>)[f] ?? f };

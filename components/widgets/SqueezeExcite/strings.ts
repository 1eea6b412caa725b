/** Every user-facing string of SqueezeExcite, for a later translation (the parts AttentionMasks shows too are in shared/attention). */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { S as A } from '@/components/widgets/shared/attention/strings';

const { pct } = A;

export const S = {
  title: 'Squeeze-and-excitation on a trained CNN',
  className: A.className,
  pct,
  wrongModel: (c: number, want: number) => `This model's SE block has ${c} channels; the widget is made for ${want}.`,
  about: (acc: number, params: number) => `A small CNN with one SE block (r = 4) and one spatial mask, trained in Node by scripts/models/train-attention-cnn.ts: ${pct(acc)} on the 1,000 test images, ${params.toLocaleString('en-US')} parameters.`,
  modeLegend: 'Channel weights',
  modes: { soft: 'SE as trained (soft)', off: 'SE switched off (all 1)', hard: 'Hard: keep the top k' },
  kLabel: 'k (channels kept)',
  channelLabel: (c: number) => `Weight of channel ${c}`,
  overrideHint: 'Drag to override this channel’s weight; the prediction below follows.',
  resetChannel: 'Use the block’s own weight',
  resetAll: 'Clear all overrides',
  overridden: (n: number) => (n === 0 ? 'No channel overridden.' : `${n} channel${n === 1 ? '' : 's'} overridden.`),
  beforeHeading: 'Maps entering the block (U, 14 × 14 × 16)',
  afterHeading: 'Maps after scaling (s_c · U_c)',
  mapsLabel: (what: string, c: number, maxCh: number, maxV: string) => `${what}: 16 maps of 14 × 14. Channel ${c} is selected; the strongest channel on average is ${maxCh} (mean ${maxV}).`,
  squeezeHeading: 'Squeeze z (mean of each map) and excitation s (the weight of each map)',
  barsLabel: (c: number, z: string, s: string, applied: string) => `Bar chart of the 16 channel weights. Use the arrow keys to move between channels. Channel ${c}: squeeze ${z}, excitation ${s}, applied ${applied}.`,
  barsHint: 'Arrow keys (or a click) pick a channel; its maps are outlined above and below.',
  scaleNote: 'Both grids share one colour scale (brighter = larger), so a map the block weights down looks dimmer after scaling.',
  channelReadout: (c: number, z: string, s: string, applied: string) => `Channel ${c}: z = ${z}, s = ${s}, weight applied ${applied}.`,
  heatKeyDifference: 'Orange: the class weights this channel more than the average class does; blue: less; grey: the same.',
  heatKeyAbsolute: 'Dark blue: weight near 0; yellow: near 1.',
  squeezeRow: 'z',
  exciteRow: 's',
  channel: (c: number) => `ch ${c}`,
  probHeading: 'Prediction',
  probLabel: (pred: string, p: string, truth: string) => `Class probabilities: predicted ${pred} with ${p}; true class: ${truth}.`,
  summary: (pred: string, p: string, truth: string, base: string, baseP: string) =>
    `Predicted ${pred} (${p}); true class: ${truth}. With SE as trained and no overrides: ${base} (${baseP}).`,
  truthMark: 'true class',
  baseMark: 'as trained',
  heatHeading: 'Which channels the block emphasises, per class',
  heatModes: { difference: 'Difference from the average', absolute: 'Mean weight' },
  heatLegend: 'Show',
  surveying: (done: number, total: number) => `Running the 1,000 test images through the block: ${done} of ${total}…`,
  heatLabel: 'Heat map: the mean SE weight of each of the 16 channels (columns) for each of the 10 classes (rows).',
  heatFinding: (ch: number, hi: string, hiV: string, lo: string, loV: string, spread: string, common: string) =>
    `Most of each weight is the same for every class (the average weights run from ${common}): the block mostly learned a fixed gain per channel. The class-dependent part is small but real: channel ${ch} varies most, from ${loV} for ${lo} to ${hiV} for ${hi} (a spread of ${spread}).`,
  accuracyLine: (soft: string, off: string, hard: string, k: number) => `On the 1,000 test images: ${soft} with SE as trained, ${off} with SE switched off, ${hard} with hard top-${k} channels.`,
  fields: { image: 'Test image', channel: 'Selected channel', mode: 'Channel weights', k: 'k (channels kept)', heat: 'Heat map' } as Record<string, string>,
};

/** How a setting a link or the lesson got wrong is named. The overrides' reason is a whole sentence that names them. */
export const ISSUES: IssueLabels = {
  label: (f) => (f === 'overrides' ? '' : (S.fields[f] ?? f)),
  detail: (r) => (r === 'overrides' ? 'The channel overrides must be a list of 16 entries, each empty or a weight from 0 to 1' : 'it could not be read'),
};

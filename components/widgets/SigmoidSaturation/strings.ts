/** Every word SigmoidSaturation shows. */
import type { InputMode } from '@/lib/preprocessing/saturation';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export const S = {
  title: 'Why unnormalised inputs saturate a sigmoid',
  settings: 'Neuron settings',
  modeLabel: 'Inputs the neuron sees',
  modes: {
    raw: 'Raw pixels 0–255',
    unit: 'Divided by 255',
    centred: 'Mean subtracted',
    normalised: 'Normalised (mean 0, std 1)',
  } satisfies Record<InputMode, string>,
  patchLabel: 'Patch the neuron sees',
  patch: (k: number) => `${k}×${k}×3`,
  weightLabel: 'Weight scale σw',
  weightValue: (w: number) => (w >= 0.1 ? w.toFixed(2) : w >= 0.01 ? w.toFixed(3) : w.toPrecision(2)),
  setup: (patches: number, neurons: number, d: number, total: number) =>
    `${neurons} neurons with weights drawn from N(0, σw²) and no bias, each applied to ${patches} random ${d}-value patches of 16 landscape images: ${total.toLocaleString('en-US')} pre-activations z = w·x.`,
  threshold: (t: string) => `Saturated: σ′(z) below 5 % of its largest value σ′(0) = 0.25, which happens for |z| > ${t}.`,
  summary: (mode: string, sat: number, slope: number, rms: string) =>
    `${mode}: ${pct(sat)} of the pre-activations are saturated; on average the sigmoid passes ${pct(slope)} of its largest slope; z has root mean square ${rms}.`,
  chartCaption: 'Histogram of the pre-activations z, with the sigmoid σ(z) drawn on the same axis',
  xAxis: 'pre-activation z',
  saturatedZone: 'saturated',
  sigmoidKey: 'σ(z), from 0 to 1',
  chartAlt: (mode: string, range: string, sat: number, t: string) =>
    `Histogram of z for ${mode}, axis from −${range} to ${range}. ${pct(sat)} of the values lie beyond ±${t}, where the sigmoid is flat.`,
  table: {
    caption: 'All four inputs, same neurons and weight scale. Slope kept: the average of σ′(z)/σ′(0).',
    mode: 'Inputs',
    rms: 'RMS of z',
    saturated: 'Saturated',
    slope: 'Slope kept',
  },
  pct,
  xavier: (v: string) => `Set σw = 1/√d = ${v}`,
} as const;

/** A link's settings are named by their keys, as the widget has always named them. */
export const ISSUES: IssueLabels = {};

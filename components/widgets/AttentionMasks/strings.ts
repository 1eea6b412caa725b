/** Every user-facing string of AttentionMasks, for a later translation. */
import type { SpatialMode } from '@/lib/compute/attentionInspect';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const S = {
  title: 'Spatial attention: soft mask, hard mask, and why 1 + M',
  modeLegend: 'Mask applied to the maps T',
  modes: { residual: '(1 + M)·T (as trained)', mask: 'M·T (mask only)', off: 'T (no mask)', hard: 'Hard: top positions only' } satisfies Record<SpatialMode, string>,
  modeShort: { residual: '(1 + M)·T', mask: 'M·T', off: 'T', hard: 'hard top' } satisfies Record<SpatialMode, string>,
  fractionLabel: 'Share of positions a hard mask keeps',
  viewLabel: 'Show',
  viewSum: 'Sum of the 16 channels',
  viewChannel: (c: number) => `Channel ${c}`,
  panels: {
    trunk: 'T: maps after the SE block',
    mask: 'M(x): the soft mask, 0 to 1',
    factor: 'Factor applied at each position',
    output: 'Output: factor · T',
  },
  panelLabel: (what: string, lo: string, hi: string) => `${what}, 14 × 14; values from ${lo} to ${hi}.`,
  tableCaption: 'The same image under each mask (the network was trained with (1 + M)·T)',
  colMode: 'Mask',
  colPred: 'Predicted',
  colTrue: 'P(true class)',
  colAcc: 'Test accuracy',
  summary: (mode: string, pred: string, p: string, truth: string) => `${mode}: predicted ${pred} (${p}); true class: ${truth}.`,
  gradHeading: 'Why the 1 +: the gradient through the mask',
  gradText: (lo1: string, hi1: string, lo: string, hi: string) =>
    `The output is factor · T, so the gradient reaching T at a position is multiplied by that factor. For this image 1 + M runs from ${lo1} to ${hi1}: no position is ever multiplied by less than 1. M alone runs from ${lo} to ${hi}: the position the mask likes least would pass on only ${lo} of its value and of its gradient.`,
  stackLabel: 'Attention modules stacked',
  stackText: (n: number, mean: string, plain: string, resid: string) =>
    `Through ${n} module${n === 1 ? '' : 's'} with masks like this one (mean M = ${mean}), M·T multiplies features and gradients by about ${plain}; (1 + M)·T by about ${resid}. Real networks renormalise between modules, so neither number is literal, but only the first heads to zero.`,
  fields: { image: 'Test image', view: 'Channel shown', mode: 'Mask', fraction: 'Share of positions a hard mask keeps', stack: 'Attention modules stacked' } as Record<string, string>,
};

/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = {
  label: (f) => S.fields[f] ?? f,
  detail: (r) => (r === 'twentieths' ? 'must be one of 0.05, 0.10, … 1' : 'it could not be read'),
};

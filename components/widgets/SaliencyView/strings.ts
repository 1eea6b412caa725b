/** Every user-facing string of SaliencyView. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { VS } from '@/components/widgets/shared/visualise/strings';

const fields = { image: 'Test image', target: 'Class to explain', layer: 'Layer', channel: 'Channel' };

export const S = {
  title: 'Saliency, Grad-CAM and the deconvnet: three answers to “where does it look?”',
  note: `${VS.note} Each map is one backward pass (or, for the deconvnet, one pass back through the layers).`,
  fields,
  ownClass: 'its own class',
  targetOption: (c: number) => (c < 0 ? 'its own class' : VS.className(c)),
  explained: (cls: string, p: string, known: boolean, predicted: string) =>
    `Explaining ${cls}: the network gives it ${p}${known ? '' : ' (a drawing or photo has no true class, so this is the prediction)'}; its top class is ${predicted}.`,
  imageCaption: 'The input.',
  saliencyCaption: (cls: string) => `Saliency: |∂ score(${cls}) / ∂ pixel|, the pixels whose change would move the score most.`,
  saliencyLabel: (cls: string, max: string) => `Saliency map for ${cls}: bright where a small change of the pixel changes the score most (largest gradient ${max}).`,
  camCaption: (cls: string, layer: string) => `Grad-CAM from ${layer}: where the maps that raise ${cls} are active.`,
  camLabel: (cls: string, size: string) => `Grad-CAM heat map for ${cls}, computed at ${size} and stretched over the image.`,
  legendSaliency: 'Colour key: dark blue is zero, yellow the largest value of this map.',
  zero: '0',
  largest: 'largest',
  deconvHeading: 'The deconvnet: one unit projected back to the pixels',
  deconvHint: 'Keeps the strongest unit of the chosen channel on this image, zeros the rest of the layer, and runs it back: unpool with the max-pooling switches, ReLU, transposed convolution with the layer’s own kernels.',
  layerOption: (name: string) => name,
  channelValue: (c: number) => String(c),
  deconvReadout: (layer: string, channel: number, y: number, x: number, value: string, rows: string) =>
    `${layer}, channel ${channel}: the strongest unit is at (${y}, ${x}) with value ${value}; it sees ${rows} of the image.`,
  deconvDead: (layer: string, channel: number) => `${layer}, channel ${channel} is zero everywhere on this image: there is nothing to project. Try another channel or image.`,
  fieldRows: (t: number, l: number, b: number, r: number) => `rows ${t}–${b}, columns ${l}–${r}`,
  projCaption: 'Projection in pixel space: orange pushes the unit up, blue down.',
  projLabel: (layer: string, channel: number) => `Deconvnet projection of the strongest unit of ${layer}, channel ${channel}.`,
  fieldCaption: 'The unit’s receptive field on the image (dashed).',
  fieldLabel: (rows: string) => `The input image with the unit's receptive field outlined: ${rows}.`,
  legendDiverging: 'Colour key: blue negative, grey zero, orange positive.',
  negative: '−',
  positive: '+',
};

export const ISSUES: IssueLabels = { label: (f) => (fields as Record<string, string>)[f] ?? f };

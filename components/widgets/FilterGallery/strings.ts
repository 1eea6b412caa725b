/** Every user-facing string of FilterGallery. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { VS } from '@/components/widgets/shared/visualise/strings';

const fields = { layer: 'Layer', channel: 'Channel' };

export const S = {
  title: 'What the units respond to: learned filters and the test images that excite them most',
  note: `${VS.note} Runs all 1,000 test images through the network to find each channel’s favourites.`,
  fields,
  filtersHeading: 'The first layer’s filters',
  filtersHint: (k: number, n: number) => `The ${n} learned ${k} × ${k} kernels of the first convolution, drawn as images: orange weights add the pixel, blue ones subtract it. Choose one to see the test images its ReLU responds to most.`,
  filterButton: (c: number) => `Filter ${c}`,
  filterLabel: (c: number, weights: string) => `Filter ${c}: weights ${weights}, row by row.`,
  channelValue: (c: number) => String(c),
  topHeading: (layer: string, channel: number) => `Top 9 test images for ${layer}, channel ${channel}`,
  topHint: 'For each image: the unit where the channel peaks, its receptive field (dashed), and the deconvnet’s projection of that one unit back to the pixels (ZFNet’s Fig. 2).',
  searching: 'Running the 1,000 test images through the network…',
  topReadout: (layer: string, channel: number, classes: string, best: string) => `${layer}, channel ${channel} peaks highest on ${classes}; the strongest response is ${best}.`,
  itemCaption: (cls: string, value: string) => `${cls} · ${value}`,
  itemLabel: (rank: number, cls: string, index: number, value: string, rows: string) => `Number ${rank}: test image ${index}, a ${cls}, with the peak unit's field (${rows}) outlined; value ${value}.`,
  projLabel: (rank: number) => `Deconvnet projection of number ${rank}'s peak unit.`,
  fieldRows: (t: number, l: number, b: number, r: number) => `rows ${t}–${b}, columns ${l}–${r}`,
  legendLabel: 'Colour key: blue negative, grey zero, orange positive.',
  negative: '−',
  positive: '+',
};

export const ISSUES: IssueLabels = { label: (f) => (fields as Record<string, string>)[f] ?? f };

/** Every word ClassifierHeads shows. */
import type { Issue } from '@/lib/store/schema';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { numberMessage as wordNumber } from '@/components/widgets/shared/numberMessage';

export const S = {
  title: 'Three ways to turn the last feature maps into class scores',
  settings: 'Last feature maps and classes',
  fields: { h: 'Height', w: 'Width', c: 'Channels', hidden: 'Hidden units (FC head)', classes: 'Classes' },
  flatHeading: 'Flatten, then FC → FC → FC (VGG-16)',
  flatLayers: (flat: string, hidden: string, classes: string) => [
    `FC ${flat} → ${hidden}`,
    `FC ${hidden} → ${hidden}`,
    `FC ${hidden} → ${classes}`,
  ],
  firstWeights: (h: number, w: number, c: number, flat: string, hidden: string, weights: string) =>
    `First layer's weights alone: ${h} × ${w} × ${c} = ${flat} inputs × ${hidden} = ${weights}`,
  gapHeading: 'Global average pooling, then one FC (GoogLeNet, ResNet)',
  gapLayers: (c: number, classes: string) => [`Global average pooling: ${c} averages, 0 parameters`, `FC ${c} → ${classes}`],
  ninHeading: '1×1 convolution to classes, then global average pooling (NiN)',
  ninLayers: (c: number, classes: string) => [`1×1 convolution ${c} → ${classes} channels`, 'Global average pooling: one score per class, 0 parameters'],
  total: 'Parameters (weights + biases)',
  sizeNote: 'Depends on the feature map size: change Height or Width and the first layer grows with them.',
  gapNote: 'The same for any feature map size.',
  ratio: (r: string) => `The flattening head needs ×${r} the parameters of a global-average-pooling head.`,
  barsTitle: 'Parameters of each head (log scale)',
  barFlat: 'Flatten + 3 FC',
  barGap: 'GAP + FC',
  barNin: '1×1 conv + GAP',
  barsAlt: (flat: string, gap: string, nin: string) =>
    `Bar chart on a log scale: flatten and three fully connected layers ${flat} parameters; global average pooling and one fully connected layer ${gap}; 1×1 convolution and global average pooling ${nin}.`,
  invalidHeading: 'No numbers for this choice.',
} as const;

/** How a setting the reader or a link got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in words (shared/numberMessage). */
export const numberMessage = (issue: Issue) => wordNumber(issue, ISSUES.label!);

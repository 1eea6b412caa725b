/** Every word FcScaling shows. */
import type { Issue } from '@/lib/store/schema';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { numberMessage as wordNumber } from '@/components/widgets/shared/numberMessage';
import type { ImageChoice } from './state';

export const S = {
  title: 'A fully connected first layer does not scale to images',
  imageLegend: 'Image',
  choices: {
    mnist: 'MNIST 28×28×1',
    cifar: 'CIFAR 32×32×3',
    alexnet: 'AlexNet 227×227×3',
    photo: 'Photo 1024×768×3',
    custom: 'Custom',
  } satisfies Record<ImageChoice, string>,
  fields: { h: 'Height', w: 'Width', c: 'Channels', units: 'Units in the first hidden layer' },
  inputs: 'Input values H·W·C',
  fcHeading: 'First fully connected layer',
  fcWeights: 'Parameters (weights + biases)',
  memory: 'Memory for its weights at float32 (4 bytes each)',
  macs: 'Multiply-accumulates per image',
  convHeading: (kernels: number) => `3×3 convolution, ${kernels} kernels`,
  convParams: 'Parameters, for any image size',
  convMemory: 'Memory for its weights at float32',
  convMacs: 'Multiply-accumulates per image (padding 1): these still grow with the image',
  ratio: (r: string) => `The fully connected layer needs ×${r} the parameters of the convolution.`,
  ratioBelow: (r: string) => `For an image this small the fully connected layer is the smaller one (×${r}); it is the growth that hurts.`,
  chartCaption: 'Parameters against image side length (both axes on a log scale)',
  xAxis: 'image side, pixels',
  legendFc: 'Fully connected',
  legendConv: '3×3 convolution',
  current: 'current',
  chartAlt: (c: number, units: number, kernels: number, fcSmall: string, fcLarge: string, small: number, large: number, conv: string, here: string) =>
    `Line chart, log scales. With ${c} channel${c === 1 ? '' : 's'} and ${units} hidden units, the fully connected layer's parameters grow with the square of the side, from ${fcSmall} at ${small}×${small} to ${fcLarge} at ${large}×${large}; the 3×3 convolution with ${kernels} kernels stays at ${conv} at every size. The current image is marked: ${here}.`,
  nonSquare: (side: string) => `A non-square image is placed at the side of a square with as many pixels (${side}).`,
  invalidHeading: 'No numbers for this choice.',
} as const;

/** How a setting a link or the lesson got wrong is named (`image` by its own name). */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A number the reader typed that cannot be used, in words (shared/numberMessage). */
export const numberMessage = (issue: Issue) => wordNumber(issue, ISSUES.label!);

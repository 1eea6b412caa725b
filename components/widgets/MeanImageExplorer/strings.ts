/** Every word MeanImageExplorer shows. */
import type { ImageSetName } from '@/lib/preprocessing/imageSet';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

const rgb = (c: readonly number[], d = 1) => `R ${c[0].toFixed(d)}, G ${c[1].toFixed(d)}, B ${c[2].toFixed(d)}`;

export const S = {
  title: 'Mean subtraction on images: AlexNet’s mean image or VGG’s mean colour',
  settings: 'Image set',
  setLabel: 'Images',
  sets: { landscapes: 'Landscapes', objects: 'Centred objects' } satisfies Record<ImageSetName, string>,
  countLabel: 'Training images',
  resample: 'New images',
  pickLegend: 'Pick an image to subtract the means from',
  imageName: (i: number) => `Training image ${i + 1}`,
  heldOutName: 'New image, not in the training set',
  heldOutShort: 'new',
  original: 'Picked',
  alexHeading: 'AlexNet: subtract the per-pixel mean image',
  vggHeading: 'VGG: subtract the per-channel mean',
  meanImage: 'Mean image of the training set',
  meanColour: 'Mean colour of the training set',
  minusImage: 'Image − mean image',
  minusColour: 'Image − mean colour',
  alexNumbers: (side: number, count: number) => `${side} × ${side} × 3 = ${count.toLocaleString('en-US')} numbers to store`,
  vggNumbers: (c: readonly number[]) => `3 numbers to store: ${rgb(c)}`,
  alexImagenet: (shape: readonly number[], count: number) => `For ImageNet, AlexNet's mean image is ${shape.join(' × ')} = ${count.toLocaleString('en-US')} numbers.`,
  vggImagenet: (c: readonly number[]) => `VGG's published ImageNet mean: ${rgb(c, 3).replace(/\.?0+(?=,|$)/g, '')}.`,
  leftover: (v: string) => `Mean of the training set after subtracting, largest in any pixel and channel: ${v}`,
  signedNote: 'Signed results are drawn as 128 + value/2: mid-grey means 0, lighter is above the mean, darker below.',
  alt: {
    image: (name: string, top: readonly number[], bottom: readonly number[]) =>
      `${name}. Average colour of the top half ${rgb(top, 0)}; of the bottom half ${rgb(bottom, 0)}.`,
    signed: (name: string, top: readonly number[], bottom: readonly number[]) =>
      `${name}, signed values. Average of the top half ${rgb(top, 0)}; of the bottom half ${rgb(bottom, 0)}.`,
  },
} as const;

/** A link's settings are named by their keys, as the widget has always named them. */
export const ISSUES: IssueLabels = {};

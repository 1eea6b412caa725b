/** Words the visualisation widgets share. */
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { withMinus } from '@/lib/format/numberFormat';

export const VS = {
  className: (c: number) => FASHION_CLASSES[c] ?? `class ${c}`,
  classes: FASHION_CLASSES,
  note: 'Runs the course’s trained Fashion-MNIST classifier on your device; nothing is sent anywhere.',
  /** Three significant digits with a true minus sign. */
  value: (v: number) => withMinus(v.toPrecision(3)),
  percent: (v: number, digits = 1) => `${(v * 100).toFixed(digits)} %`,
  imageLabel: (what: string) => `The input image: ${what}.`,
  describeImage: (source: string, label?: number) => (label === undefined ? `your ${source}` : `a test image of a ${FASHION_CLASSES[label] ?? '?'}`),
  working: 'Computing…',
  failed: (why: string) => `This view could not be computed: ${why}`,
  sources: { test: 'test image', drawing: 'drawing', photo: 'photo', camera: 'camera snapshot' } as Record<string, string>,
};

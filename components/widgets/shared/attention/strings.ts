/** The words both attention widgets (SqueezeExcite, AttentionMasks) show: the loading gate, the thumbnails, class names. */
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';

const pct = (p: number) => `${(100 * p).toFixed(1)} %`;

export const S = {
  className: (k: number) => FASHION_CLASSES[k] ?? `class ${k}`,
  pct,
  loadingEngine: 'The trained network loads when this figure comes into view…',
  loadingModel: 'Loading the trained network and the test images…',
  modelFailed: 'The trained network could not be loaded.',
  retry: 'Try again',
  thumbsLabel: 'Test image',
  thumbLabel: (cls: string, index: number) => `${cls} (test image ${index})`,
};

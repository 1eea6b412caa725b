/**
 * The test images that excite one channel most (ZFNet's Fig. 2, the image patches beside each
 * projection): run every image to the chosen layer in batches, take each image's largest value
 * of the channel over all positions, keep the best few, and say which pixels that unit saw.
 */
import { tf } from '../tf';
import type { Network } from '../training/network';
import { imageBatch, type ImageSet } from '../training/dataset';
import { checkMapUnit, unitField, type PixelBox } from './layers';

export interface TopImage {
  /** Index of the image in the set. */
  index: number;
  label: number;
  /** The channel's largest value on this image … */
  value: number;
  /** … at this position of the layer's map … */
  y: number;
  x: number;
  /** … whose receptive field covers these pixels. */
  field: PixelBox;
}

export interface TopImagesOptions {
  layer: number;
  channel: number;
  /** How many images to keep (ZFNet showed 9). */
  count?: number;
  batchSize?: number;
}

export function topActivatingImages(network: Network, set: ImageSet, { layer, channel, count = 9, batchSize = 100 }: TopImagesOptions): TopImage[] {
  const [h, w] = checkMapUnit(network.spec, layer, channel);
  const best: Omit<TopImage, 'field'>[] = [];
  for (let start = 0; start < set.count; start += batchSize) {
    const indices = Array.from({ length: Math.min(batchSize, set.count - start) }, (_, i) => start + i);
    const maps = tf.tidy(() => {
      const out = network.applyLayers(imageBatch(set, indices), 0, layer + 1) as tf.Tensor4D;
      return tf.slice(out, [0, 0, 0, channel], [-1, h, w, 1]).dataSync();
    });
    indices.forEach((index, n) => {
      let at = 0;
      for (let p = 1; p < h * w; p++) if (maps[n * h * w + p] > maps[n * h * w + at]) at = p;
      const value = maps[n * h * w + at];
      if (best.length < count || value > best[best.length - 1].value) {
        best.push({ index, label: set.labels[index], value, y: Math.floor(at / w), x: at % w });
        best.sort((a, b) => b.value - a.value || a.index - b.index);
        if (best.length > count) best.pop();
      }
    });
  }
  return best.map((b) => ({ ...b, field: unitField(network.spec, layer, b.y, b.x) }));
}

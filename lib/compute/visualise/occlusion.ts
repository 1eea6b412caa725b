/**
 * Occlusion sensitivity (ZFNet's Fig. 7): slide a grey square over the image and record, for
 * every position, the probability the network still gives the target class. Where covering the
 * image makes that probability fall is where the network looks. All occluded copies go through
 * the network in batches.
 */
import { tf } from '../tf';
import type { Network } from '../training/network';
import { checkImage, occlusionPositions, type GreyImage } from './layers';

export interface OcclusionOptions {
  /** Side of the square in pixels (0 covers nothing). */
  size: number;
  stride: number;
  /** The class whose probability is mapped. */
  target: number;
  /** Grey level of the square, in the image's 0–1 range. */
  fill?: number;
  batchSize?: number;
}

export interface OcclusionMap {
  /** Square positions down and across; the square at (i, j) has its top-left pixel at (i·stride, j·stride). */
  rows: number;
  cols: number;
  size: number;
  stride: number;
  target: number;
  /** p(target) with the square at each position, row-major rows × cols. */
  probabilities: Float32Array;
  /** p(target) for the image as it is. */
  baseline: number;
  /** Per pixel: the mean p(target) over the squares that covered it (the baseline where none did). */
  pixelMap: Float32Array;
}

function targetProbabilities(network: Network, batch: Float32Array, count: number, image: GreyImage, target: number): Float32Array {
  return tf.tidy(() => {
    const logits = network.apply(tf.tensor4d(batch, [count, image.height, image.width, 1]), { training: false });
    return tf.slice(tf.softmax(logits), [0, target], [count, 1]).dataSync() as Float32Array;
  });
}

export function occlusionMap(network: Network, image: GreyImage, { size, stride, target, fill = 0.5, batchSize = 64 }: OcclusionOptions): OcclusionMap {
  checkImage(network.spec, image);
  const { height: h, width: w, pixels } = image;
  if (!Number.isInteger(size) || size < 0 || size > Math.min(h, w)) throw new Error(`The square's side must be a whole number from 0 to ${Math.min(h, w)} (got ${size}).`);
  if (!Number.isInteger(stride) || stride < 1) throw new Error(`The stride must be a whole number of at least 1 (got ${stride}).`);
  const classes = network.spec.layers.at(-1);
  if (classes?.type !== 'dense' || !Number.isInteger(target) || target < 0 || target >= classes.units) throw new Error(`There is no class ${target} to map.`);
  const rows = occlusionPositions(h, size, stride);
  const cols = occlusionPositions(w, size, stride);
  const baseline = targetProbabilities(network, pixels, 1, image, target)[0];
  const probabilities = new Float32Array(rows * cols);
  const px = h * w;
  for (let start = 0; start < rows * cols; start += batchSize) {
    const count = Math.min(batchSize, rows * cols - start);
    const batch = new Float32Array(count * px);
    for (let n = 0; n < count; n++) {
      batch.set(pixels, n * px);
      const [top, left] = [Math.floor((start + n) / cols) * stride, ((start + n) % cols) * stride];
      for (let r = top; r < top + size; r++) batch.fill(fill, n * px + r * w + left, n * px + r * w + left + size);
    }
    probabilities.set(targetProbabilities(network, batch, count, image, target), start);
  }
  const sum = new Float32Array(px);
  const hits = new Uint16Array(px);
  probabilities.forEach((p, k) => {
    const [top, left] = [Math.floor(k / cols) * stride, (k % cols) * stride];
    for (let r = top; r < top + size; r++) for (let c = left; c < left + size; c++) { sum[r * w + c] += p; hits[r * w + c]++; }
  });
  const pixelMap = sum.map((s, i) => (hits[i] ? s / hits[i] : baseline));
  return { rows, cols, size, stride, target, probabilities, baseline, pixelMap };
}

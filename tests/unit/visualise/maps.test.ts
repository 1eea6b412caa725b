/** First-layer filters, top images and occlusion, against the weights and brute force. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ready, tf, FASHION_CNN, type ImageSet } from '@/lib/compute';
import { firstLayerFilters, occlusionMap, occlusionPositions, topActivatingImages, unitField } from '@/lib/compute/visualise';
import { greyImage, handNetwork } from './helpers';

beforeAll(ready);

describe('firstLayerFilters', () => {
  it('reads each filter of the first conv as a k×k image, weight for weight', () => {
    const net = handNetwork(FASHION_CNN);
    const f = firstLayerFilters(net);
    const hwio = net.getWeights().get('0.kernel')!; // [3, 3, 1, 16]
    expect(f.filters).toHaveLength(16);
    expect(f.kernel).toBe(3);
    expect(f.filters[5][1 * 3 + 2]).toBe(hwio[(1 * 3 + 2) * 16 + 5]);
    expect(f.maxAbs).toBe(Math.max(...Array.from(hwio, Math.abs)));
    net.dispose();
  });
});

describe('topActivatingImages', () => {
  it('finds the images whose channel peaks highest, across batches, with the peak and its field', () => {
    const net = handNetwork(FASHION_CNN);
    const count = 37;
    const set: ImageSet = { images: Uint8Array.from({ length: count * 784 }, (_, i) => (i * 7919 + (i >> 5) * 31) % 256), labels: Uint8Array.from({ length: count }, (_, i) => i % 10), count, height: 28, width: 28 };
    const [layer, channel] = [3, 7];
    const top = topActivatingImages(net, set, { layer, channel, count: 9, batchSize: 10 });
    // Brute force: one image at a time through the whole network's activations.
    const peaks = Array.from({ length: count }, (_, n) => tf.tidy(() => {
      const x = tf.tensor4d(Float32Array.from(set.images.subarray(n * 784, (n + 1) * 784), (v) => v / 255), [1, 28, 28, 1]);
      const acts = net.activations(x);
      const m = tf.slice(acts[layer], [0, 0, 0, channel], [1, -1, -1, 1]).dataSync();
      tf.dispose(acts);
      let at = 0;
      m.forEach((v, p) => { if (v > m[at]) at = p; });
      return { index: n, value: m[at], at };
    }));
    peaks.sort((a, b) => b.value - a.value);
    expect(top.map((t) => t.index)).toEqual(peaks.slice(0, 9).map((p) => p.index));
    top.forEach((t, k) => {
      expect(t.value).toBeCloseTo(peaks[k].value, 4);
      expect(t.y * 14 + t.x).toBe(peaks[k].at);
      expect(t.label).toBe(t.index % 10);
      expect(t.field).toEqual(unitField(FASHION_CNN, layer, t.y, t.x));
    });
    net.dispose();
  });
});

describe('occlusionMap', () => {
  const net = () => handNetwork(FASHION_CNN);
  const image = greyImage(28);
  const probability = (n: ReturnType<typeof handNetwork>, pixels: Float32Array, target: number) =>
    tf.tidy(() => tf.softmax(n.apply(tf.tensor4d(pixels, [1, 28, 28, 1]), { training: false })).dataSync()[target]);

  it('with a square of size 0 gives the original probability everywhere', () => {
    const n = net();
    const map = occlusionMap(n, image, { size: 0, stride: 4, target: 3 });
    expect(map.baseline).toBeCloseTo(probability(n, image.pixels, 3), 6);
    map.probabilities.forEach((p) => expect(p).toBeCloseTo(map.baseline, 6));
    n.dispose();
  });

  it('records p(target) with the grey square at each position, in batches', () => {
    const n = net();
    const before = tf.memory().numTensors;
    const map = occlusionMap(n, image, { size: 7, stride: 3, target: 2, fill: 0.5, batchSize: 16 });
    expect([map.rows, map.cols]).toEqual([occlusionPositions(28, 7, 3), 8]); // (28 − 7) / 3 + 1
    const [i, j] = [5, 2];
    const covered = Float32Array.from(image.pixels);
    for (let r = i * 3; r < i * 3 + 7; r++) covered.fill(0.5, r * 28 + j * 3, r * 28 + j * 3 + 7);
    expect(map.probabilities[i * map.cols + j]).toBeCloseTo(probability(n, covered, 2), 5);
    // Pixel (0, 0) is covered only by the square at (0, 0).
    expect(map.pixelMap[0]).toBeCloseTo(map.probabilities[0], 6);
    expect(tf.memory().numTensors).toBe(before);
    n.dispose();
  });

  it('refuses a square larger than the image or a class that does not exist, in words', () => {
    const n = net();
    expect(() => occlusionMap(n, image, { size: 29, stride: 1, target: 0 })).toThrow(/whole number from 0 to 28/);
    expect(() => occlusionMap(n, image, { size: 4, stride: 1, target: 10 })).toThrow(/no class 10/);
    n.dispose();
  });
});

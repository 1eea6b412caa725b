import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { contrastiveLoss, tripletMarginLoss } from '@/lib/compute/embeddingLosses';
import { EMBEDDING_CNN, embedImages, embeddingDistances, embeddingTrainer, lossOnTuples, type EmbeddingLoss } from '@/lib/compute/training/embedding';
import { buildNetwork } from '@/lib/compute/training/network';
import { inferShapes } from '@/lib/compute/training/spec';
import { balancedSubset } from '@/lib/compute/training/dataset';
import { distanceMatrix, separation } from '@/lib/metric/distances';
import { mulberry32 } from '@/lib/random/prng';
import { fashion } from './fashionData';

const rand = (n: number, seed: number) => {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => next() * 4 - 2);
};
const loss = (kind: EmbeddingLoss['kind'], margin = 1, margin2 = 0.5): EmbeddingLoss => ({ kind, margin, margin2 });

describe('embedding losses on mined tuples agree with the golden-tested losses', () => {
  const n = 6;
  const emb = rand(3 * n * 2, 11); // rows 0…5 anchors, 6…11 positives, 12…17 negatives
  const tuples = Array.from({ length: n }, (_, i) => ({ anchor: i, positive: n + i, negative: 2 * n + i }));

  it('distance matrix: Euclidean and cosine as computed by hand in lib/metric', async () => {
    await ready();
    for (const metric of ['euclidean', 'cosine'] as const) {
      const d = tf.tidy(() => embeddingDistances(tf.tensor2d(emb, [3 * n, 2]), metric).dataSync());
      const ref = distanceMatrix(emb, 2, metric);
      for (let i = 0; i < ref.length; i++) if (i % (3 * n + 1) !== 0) expect(d[i]).toBeCloseTo(ref[i], 5);
    }
  });

  it('triplet loss = tripletMarginLoss(anchor, positive, negative, margin)', () => {
    for (const margin of [0.2, 1, 3]) {
      const [ours, golden] = tf.tidy(() => {
        const e = tf.tensor2d(emb, [3 * n, 2]);
        const rows = (k: number) => tf.slice(e, [k * n, 0], [n, 2]) as tf.Tensor2D;
        return [lossOnTuples(embeddingDistances(e, 'euclidean'), tuples, loss('triplet', margin)).dataSync()[0], tripletMarginLoss(rows(0), rows(1), rows(2), margin).dataSync()[0]];
      });
      expect(ours).toBeCloseTo(golden, 5);
    }
  });

  it('contrastive loss = contrastiveLoss over the positive pairs (label 1) and the negative pairs (label 0)', () => {
    for (const margin of [0.5, 2, 4]) {
      const [ours, golden] = tf.tidy(() => {
        const e = tf.tensor2d(emb, [3 * n, 2]);
        const rows = (k: number) => tf.slice(e, [k * n, 0], [n, 2]);
        const x1 = tf.concat([rows(0), rows(0)]) as tf.Tensor2D;
        const x2 = tf.concat([rows(1), rows(2)]) as tf.Tensor2D;
        const labels = tf.tensor1d([...Array(n).fill(1), ...Array(n).fill(0)]);
        return [lossOnTuples(embeddingDistances(e, 'euclidean'), tuples, loss('contrastive', margin)).dataSync()[0], contrastiveLoss(x1, x2, labels, margin).dataSync()[0]];
      });
      expect(ours).toBeCloseTo(golden, 5);
    }
  });

  it('quadruplet loss = triplet term + mean(max(0, d(a,p) − d(n1,n2) + α2)), by hand', () => {
    const quads = tuples.map((t, i) => ({ ...t, negative2: (i + 1) % n }));
    const d = distanceMatrix(emb, 2, 'euclidean');
    const N = 3 * n;
    const hinge = (v: number) => Math.max(0, v);
    const expected =
      quads.reduce((s, t) => s + hinge(d[t.anchor * N + t.positive] - d[t.anchor * N + t.negative] + 1), 0) / n +
      quads.reduce((s, t) => s + hinge(d[t.anchor * N + t.positive] - d[t.negative * N + t.negative2] + 0.5), 0) / n;
    const ours = tf.tidy(() => lossOnTuples(embeddingDistances(tf.tensor2d(emb, [N, 2]), 'euclidean'), quads, loss('quadruplet')).dataSync()[0]);
    expect(ours).toBeCloseTo(expected, 5);
  });

  it('the shared network has one set of weights, whatever the number of branches', () => {
    const shapes = inferShapes(EMBEDDING_CNN);
    if (!shapes.ok) throw new Error(shapes.error);
    expect(shapes.output).toEqual([2]);
    // 3·3·1·8 + 8, 3·3·8·16 + 16, 7·7·16·32 + 32, 32·2 + 2
    expect(shapes.params).toBe(80 + 1168 + 25120 + 66);
  });
});

describe('metric learning on the WASM backend', () => {
  it('separates the classes: within/between distance falls and nearest-neighbour accuracy rises, for each loss', async () => {
    await ready();
    await import('@tensorflow/tfjs-backend-wasm');
    expect(await tf.setBackend('wasm')).toBe(true);
    const { train, test } = await fashion();
    const display = balancedSubset(test, 30);
    const labels = display.map((i) => test.labels[i]);
    for (const kind of ['triplet', 'contrastive', 'quadruplet'] as const) {
      const net = buildNetwork(EMBEDDING_CNN, 1);
      const before = separation(embedImages(net, test, display), 2, labels, 'euclidean');
      const t = embeddingTrainer({
        network: net, train, optimizer: { kind: 'adam', learningRate: 0.003 }, loss: loss(kind), metric: 'euclidean', mining: 'semiHard', classes: 10, perClass: 4, seed: 1, steps: 150,
      });
      await t.start();
      const after = separation(embedImages(net, test, display), 2, labels, 'euclidean');
      // The lesson quotes these: from near chance (10 %) to above 60 % nearest-neighbour accuracy.
      expect(before.nearestNeighbourAccuracy).toBeLessThan(0.3);
      expect(after.ratio).toBeLessThan(before.ratio * 0.5);
      expect(after.nearestNeighbourAccuracy).toBeGreaterThan(0.6);
      t.dispose();
      net.dispose();
    }
  }, 120000);

  it('leaves no tensors behind from one training run to the next', async () => {
    const { train } = await fashion();
    const run = async () => {
      const net = buildNetwork(EMBEDDING_CNN, 2);
      const t = embeddingTrainer({ network: net, train, optimizer: { kind: 'adam', learningRate: 0.003 }, loss: loss('quadruplet'), metric: 'cosine', mining: 'hard', classes: 10, perClass: 4, seed: 2, steps: 3 });
      await t.start();
      embedImages(net, train, [0, 1, 2]);
      t.dispose();
      net.dispose();
      return tf.memory().numTensors;
    };
    const first = await run();
    expect(await run()).toBe(first);
  });
});

/**
 * Metric learning with one shared network: every image of a P × K batch goes through the SAME
 * weights (the "branches" of a Siamese, triplet or quadruplet network are one network applied
 * several times), the distances between the embeddings are computed, the negatives are mined
 * from those distances (lib/metric/mining.ts), and the contrastive, triplet or quadruplet loss
 * is minimised. Built on createLoop: never blocks the page, pausable, seeded.
 */
import { tf } from '../tf';
import { streamSeed } from '../../random/prng';
import { mineTuples, pkBatch, type Mining, type Tuple } from '../../metric/mining';
import type { Metric } from '../../metric/distances';
import { imageBatch, type ImageSet } from './dataset';
import { trainerLoop, type LoopState, type Trainer } from './loop';
import { makeOptimizer, type OptimizerSpec } from './optimizer';
import type { Network } from './network';

export type EmbeddingLossKind = 'contrastive' | 'triplet' | 'quadruplet';

export interface EmbeddingLoss {
  kind: EmbeddingLossKind;
  /** Contrastive: how far apart dissimilar pairs are pushed; triplet/quadruplet: α1. */
  margin: number;
  /** Quadruplet only: the margin α2 of the second term (Chen et al. use α2 < α1). */
  margin2: number;
}

/** Squared distances below this count as zero before a square root (keeps gradients finite). */
const TINY = 1e-12;

/** The n × n distances between the rows of `embeddings`: ‖a − b‖₂, or 1 − cos(a, b). */
export function embeddingDistances(embeddings: tf.Tensor2D, metric: Metric): tf.Tensor2D {
  return tf.tidy(() => {
    if (metric === 'cosine') {
      const unit = tf.div(embeddings, tf.sqrt(tf.add(tf.sum(tf.square(embeddings), 1, true), TINY)));
      return tf.sub(1, tf.matMul(unit, unit, false, true)) as tf.Tensor2D;
    }
    const sq = tf.sum(tf.square(embeddings), 1, true);
    const d2 = tf.sub(tf.add(sq, tf.transpose(sq)), tf.mul(2, tf.matMul(embeddings, embeddings, false, true)));
    return tf.sqrt(tf.maximum(d2, TINY)) as tf.Tensor2D;
  });
}

/**
 * mean over all pairs of (y·d² + (1 − y)·max(0, m − d)²) / 2, with the similar pairs' distances
 * in `positive` (y = 1) and the dissimilar ones' in `negative` (y = 0): lib/compute's
 * contrastiveLoss written on distances.
 */
export function contrastiveOnDistances(positive: tf.Tensor1D, negative: tf.Tensor1D, margin: number): tf.Scalar {
  return tf.tidy(() => {
    const count = positive.shape[0] + negative.shape[0];
    const pull = tf.sum(tf.square(positive));
    const push = tf.sum(tf.square(tf.relu(tf.sub(margin, negative))));
    return tf.div(tf.add(pull, push), 2 * count) as tf.Scalar;
  });
}

/** mean(max(0, d(a, p) − d(a, n) + margin)): lib/compute's tripletMarginLoss on distances. */
export function tripletOnDistances(dap: tf.Tensor1D, dan: tf.Tensor1D, margin: number): tf.Scalar {
  return tf.tidy(() => tf.mean(tf.relu(tf.add(tf.sub(dap, dan), margin))) as tf.Scalar);
}

/**
 * Chen et al. (2017): the triplet term plus mean(max(0, d(a, p) − d(n1, n2) + α2)), where n1 and
 * n2 belong to two classes different from the anchor's: a positive pair must also be closer than
 * a negative pair that shares no image with it.
 */
export function quadrupletOnDistances(dap: tf.Tensor1D, dan: tf.Tensor1D, dnn: tf.Tensor1D, margin: number, margin2: number): tf.Scalar {
  return tf.tidy(() => tf.add(tripletOnDistances(dap, dan, margin), tf.mean(tf.relu(tf.add(tf.sub(dap, dnn), margin2)))) as tf.Scalar);
}

/** The loss of a batch given its distance matrix [n, n] and the mined tuples. */
export function lossOnTuples(distances: tf.Tensor2D, tuples: Tuple[], loss: EmbeddingLoss): tf.Scalar {
  if (tuples.length === 0) throw new Error('The batch gave no training tuples (it needs two images of a class and one of another).');
  return tf.tidy(() => {
    const n = distances.shape[0];
    const flat = tf.reshape(distances, [n * n, 1]);
    // Picks entries by multiplying with a one-hot matrix: tf.gather's gradient needs a kernel
    // (UnsortedSegmentSum) the WASM backend lacks; matMul's gradient it has.
    const at = (pairs: [number, number][]) => {
      const select = new Float32Array(pairs.length * n * n);
      pairs.forEach(([i, j], k) => (select[k * n * n + i * n + j] = 1));
      return tf.reshape(tf.matMul(tf.tensor2d(select, [pairs.length, n * n]), flat), [pairs.length]) as tf.Tensor1D;
    };
    const dap = at(tuples.map((t) => [t.anchor, t.positive]));
    const dan = at(tuples.map((t) => [t.anchor, t.negative]));
    if (loss.kind === 'contrastive') return contrastiveOnDistances(dap, dan, loss.margin);
    if (loss.kind === 'triplet') return tripletOnDistances(dap, dan, loss.margin);
    const dnn = at(tuples.map((t) => [t.negative, t.negative2 ?? t.negative]));
    return quadrupletOnDistances(dap, dan, dnn, loss.margin, loss.margin2);
  });
}

export interface EmbeddingStepReport {
  step: number;
  loss: number;
  /** Tuples in the batch, and the share of them with a non-zero loss (still being learned). */
  tuples: number;
  active: number;
}

export interface EmbeddingTrainerOptions {
  network: Network;
  train: ImageSet;
  optimizer: OptimizerSpec;
  loss: EmbeddingLoss;
  metric: Metric;
  mining: Mining;
  /** P classes × K images per batch. */
  classes: number;
  perClass: number;
  seed: number;
  /** Stop after this many steps (default: run until stopped). */
  steps?: number;
  onStep?: (r: EmbeddingStepReport) => void;
  onState?: (s: LoopState, error?: unknown) => void;
}

export function embeddingTrainer(o: EmbeddingTrainerOptions): Trainer {
  if (!(o.loss.margin > 0 && o.loss.margin <= 10) || !(o.loss.margin2 > 0 && o.loss.margin2 <= 10)) throw new Error('The margins must be above 0 and at most 10.');
  const optimizer = makeOptimizer(o.optimizer);
  const quads = o.loss.kind === 'quadruplet';
  if (quads && o.classes < 3) throw new Error('Quadruplets need at least three classes per batch.');
  const varList = o.network.params.map((p) => p.variable);
  const step = (s: number) => {
    if (o.steps !== undefined && s >= o.steps) return false;
    const idx = pkBatch(o.train.labels, o.classes, o.perClass, streamSeed(o.seed, s));
    const labels = idx.map((i) => o.train.labels[i]);
    let report = { tuples: 0, active: 0 };
    const loss = tf.tidy(() => {
      const x = imageBatch(o.train, idx);
      const cost = optimizer.minimize(
        () => {
          const emb = o.network.apply(x, { training: true, seed: streamSeed(o.seed ^ 0x2545f491, s) });
          const d = embeddingDistances(emb, o.metric);
          const values = d.dataSync();
          const tuples = mineTuples(values, labels, o.mining, streamSeed(o.seed ^ 0x68e31da4, s), quads);
          report = { tuples: tuples.length, active: activeShare(values, labels.length, tuples, o.loss) };
          return lossOnTuples(d, tuples, o.loss);
        },
        true,
        varList,
      );
      return cost!.dataSync()[0];
    });
    o.network.commitBatchStatistics();
    o.onStep?.({ step: s, loss, ...report });
    return true;
  };
  return trainerLoop(step, o.onState, [optimizer]);
}

/** Share of tuples whose loss is still above zero. */
function activeShare(d: ArrayLike<number>, n: number, tuples: Tuple[], loss: EmbeddingLoss): number {
  if (tuples.length === 0) return 0;
  let active = 0;
  for (const t of tuples) {
    const dap = d[t.anchor * n + t.positive];
    const dan = d[t.anchor * n + t.negative];
    if (loss.kind === 'contrastive') active += dap > 0 || dan < loss.margin ? 1 : 0;
    else if (dap - dan + loss.margin > 0) active++;
    else if (loss.kind === 'quadruplet' && dap - d[t.negative * n + (t.negative2 ?? t.negative)] + loss.margin2 > 0) active++;
  }
  return active / tuples.length;
}

/** The embeddings of every image of `set` (or of `indices`), as a plain [n × dims] array. */
export function embedImages(network: Network, set: ImageSet, indices?: ArrayLike<number>, chunk = 500): Float32Array {
  const idx = indices ?? Array.from({ length: set.count }, (_, i) => i);
  const parts: Float32Array[] = [];
  for (let start = 0; start < idx.length; start += chunk) {
    const slice = Array.from({ length: Math.min(chunk, idx.length - start) }, (_, k) => idx[start + k]);
    parts.push(tf.tidy(() => network.apply(imageBatch(set, slice), { training: false }).dataSync() as Float32Array));
  }
  const dims = idx.length ? parts[0].length / Math.min(chunk, idx.length) : 0;
  const out = new Float32Array(idx.length * dims);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export { EMBEDDING_CNN } from './lessonSpecs';

/**
 * Trains a network as a classifier with softmax cross-entropy: seeded mini-batches, SGD with
 * momentum or Adam, loss and accuracy reported per batch and per epoch, test accuracy after each
 * epoch. Every step runs inside tf.tidy, so the number of live tensors stays flat.
 */
import { tf } from '../tf';
import { streamSeed } from '../../random/prng';
import { epochBatches, imageBatch, labelsAt, type BatchSlot, type ImageSet } from './dataset';
import { trainerLoop, type Loop, type LoopState } from './loop';
import { makeOptimizer, type OptimizerSpec } from './optimizer';
import type { Network } from './network';

export interface BatchReport {
  epoch: number;
  /** Batch number within the epoch, from 0. */
  batch: number;
  /** Batches done since the start. */
  step: number;
  loss: number;
  accuracy: number;
  /** Images seen since the start. */
  seen: number;
}

export interface EpochReport {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  testLoss?: number;
  testAccuracy?: number;
}

export interface ClassifierOptions {
  network: Network;
  train: ImageSet;
  test?: ImageSet;
  optimizer: OptimizerSpec;
  batchSize: number;
  epochs: number;
  seed: number;
  /** Added to the loss: weightDecay × Σw² over kernels (L2 regularisation). */
  weightDecay?: number;
  /** Maps a label to the class the network predicts (for a new head: 10 classes → 3 groups). */
  target?: (label: number) => number;
  /** Changes a batch of images before the step (augmentation); receives a per-step seed. */
  augment?: (images: tf.Tensor4D, seed: number) => tf.Tensor4D;
  /** Only these weights are trained (fine-tuning a head); all by default. */
  trainable?: (name: string) => boolean;
  onBatch?: (r: BatchReport) => void;
  onEpoch?: (r: EpochReport) => void;
  onState?: (s: LoopState, error?: unknown) => void;
}

export interface Evaluation {
  loss: number;
  accuracy: number;
  /** Predicted class of every image. */
  predictions: Int32Array;
}

/** Loss, accuracy and predictions over a whole set, in chunks. */
export function evaluate(network: Network, set: ImageSet, target: (label: number) => number = (l) => l, chunk = 250): Evaluation {
  const predictions = new Int32Array(set.count);
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < set.count; start += chunk) {
    const idx = Array.from({ length: Math.min(chunk, set.count - start) }, (_, k) => start + k);
    const labels = Int32Array.from(labelsAt(set, idx), target);
    const [loss, pred] = tf.tidy(() => {
      const logits = network.apply(imageBatch(set, idx), { training: false });
      const l = tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(labels, 'int32'), logits.shape[1]), logits, undefined, undefined, tf.Reduction.SUM);
      return [l.dataSync()[0], tf.argMax(logits, 1).dataSync() as Int32Array];
    });
    lossSum += loss;
    pred.forEach((p, k) => {
      predictions[start + k] = p;
      if (p === labels[k]) correct++;
    });
  }
  return { loss: lossSum / set.count, accuracy: correct / set.count, predictions };
}

/**
 * What a classifier's step reports, once per batch and once per epoch (the epoch's mean training
 * loss and accuracy, and the test set's after its last batch). Shared by classifierTrainer and
 * transferTrainer.
 */
export function epochRecorder(o: { network: Network; test?: ImageSet; target: (label: number) => number; onBatch?: (r: BatchReport) => void; onEpoch?: (r: EpochReport) => void }) {
  let sum = { loss: 0, correct: 0, n: 0 };
  let seen = 0;
  return (step: number, slot: BatchSlot, loss: number, correct: number) => {
    const n = slot.indices.length;
    seen += n;
    sum = { loss: sum.loss + loss * n, correct: sum.correct + correct, n: sum.n + n };
    o.onBatch?.({ epoch: slot.epoch, batch: slot.batch, step, loss, accuracy: correct / n, seen });
    if (!slot.lastOfEpoch) return;
    const report: EpochReport = { epoch: slot.epoch, trainLoss: sum.loss / sum.n, trainAccuracy: sum.correct / sum.n };
    if (o.test) {
      const ev = evaluate(o.network, o.test, o.target);
      report.testLoss = ev.loss;
      report.testAccuracy = ev.accuracy;
    }
    sum = { loss: 0, correct: 0, n: 0 };
    o.onEpoch?.(report);
  };
}

export function classifierTrainer(o: ClassifierOptions): Loop & { optimizer: tf.Optimizer; dispose(): void } {
  if (!(Number.isInteger(o.batchSize) && o.batchSize >= 1 && o.batchSize <= 512)) throw new Error('The batch size must be a whole number from 1 to 512.');
  if (o.train.count < 1) throw new Error('There are no training images.');
  const optimizer = makeOptimizer(o.optimizer);
  const target = o.target ?? ((l: number) => l);
  const varList = o.network.params.filter((p) => o.trainable?.(p.name) ?? true).map((p) => p.variable);
  if (varList.length === 0) throw new Error('No weights are left to train.');
  const kernels = o.network.params.filter((p) => /kernel|conv\d|depthwise|pointwise|projection/.test(p.name)).map((p) => p.variable);
  const classes = outputs(o.network);
  const batches = epochBatches(o.train.count, o.batchSize, o.seed);
  const record = epochRecorder({ ...o, target });

  const step = (s: number) => {
    const slot = batches.at(s);
    if (slot.epoch >= o.epochs) return false;
    const labels = Int32Array.from(labelsAt(o.train, slot.indices), target);
    const stepSeed = streamSeed(o.seed ^ 0x5bd1e995, s);
    const [loss, correct] = tf.tidy(() => {
      let x = imageBatch(o.train, slot.indices);
      if (o.augment) x = o.augment(x, stepSeed);
      const y = tf.oneHot(tf.tensor1d(labels, 'int32'), classes);
      let predicted: tf.Tensor | null = null;
      const cost = optimizer.minimize(
        () => {
          const logits = o.network.apply(x, { training: true, seed: stepSeed });
          predicted = tf.keep(tf.argMax(logits, 1));
          const ce = tf.losses.softmaxCrossEntropy(y, logits);
          if (!o.weightDecay) return ce as tf.Scalar;
          const l2 = tf.addN(kernels.map((k) => tf.sum(tf.square(k))));
          return tf.add(ce, tf.mul(l2, o.weightDecay)) as tf.Scalar;
        },
        true,
        varList,
      );
      const p = predicted as unknown as tf.Tensor;
      const hits = tf.sum(tf.cast(tf.equal(p, tf.tensor1d(labels, 'int32')), 'int32')).dataSync()[0];
      p.dispose();
      return [cost!.dataSync()[0], hits];
    });
    o.network.commitBatchStatistics();
    record(s, slot, loss, correct);
    return true;
  };

  return Object.assign(trainerLoop(step, o.onState, [optimizer]), { optimizer });
}

function outputs(network: Network): number {
  const last = [...network.spec.layers].reverse().find((l) => l.type === 'dense');
  if (!last || last.type !== 'dense') throw new Error('A classifier needs a dense layer at the end.');
  return last.units;
}

/**
 * A multi-task network: one shared trunk, one last dense layer whose outputs are split into two
 * heads (the 10 Fashion-MNIST classes, and a coarse group of each class). The loss is
 * (1 − λ)·CE(class head) + λ·CE(group head); λ is read before every step, so it can be changed
 * while training runs. Built on createLoop.
 */
import { tf } from '../tf';
import { streamSeed } from '../../random/prng';
import { epochBatches, imageBatch, labelsAt, type ImageSet } from './dataset';
import { trainerLoop, type LoopState, type Trainer } from './loop';
import { makeOptimizer, type OptimizerSpec } from './optimizer';
import type { Network } from './network';
import { FASHION_GROUPS, GROUP_OF_CLASS, MULTI_TASK_CLASSES } from './lessonSpecs';

export { FASHION_GROUPS, GROUP_OF_CLASS, MULTI_TASK_CNN } from './lessonSpecs';

const CLASSES = MULTI_TASK_CLASSES;
const GROUPS = FASHION_GROUPS.length;

/** (1 − λ)·CE(class logits) + λ·CE(group logits) for logits [n, 14]; also both parts. */
export function multiTaskLoss(logits: tf.Tensor2D, classes: tf.Tensor1D, groups: tf.Tensor1D, lambda: number) {
  return tf.tidy(() => {
    const n = logits.shape[0];
    const classLogits = tf.slice(logits, [0, 0], [n, CLASSES]);
    const groupLogits = tf.slice(logits, [0, CLASSES], [n, GROUPS]);
    const classCe = tf.losses.softmaxCrossEntropy(tf.oneHot(classes, CLASSES), classLogits) as tf.Scalar;
    const groupCe = tf.losses.softmaxCrossEntropy(tf.oneHot(groups, GROUPS), groupLogits) as tf.Scalar;
    const total = tf.add(tf.mul(classCe, 1 - lambda), tf.mul(groupCe, lambda)) as tf.Scalar;
    return { total, classCe, groupCe };
  });
}

export interface MultiTaskAccuracy {
  classAccuracy: number;
  groupAccuracy: number;
}

/** Accuracy of both heads on a set. */
export function evaluateMultiTask(network: Network, set: ImageSet, chunk = 250): MultiTaskAccuracy {
  let classHits = 0;
  let groupHits = 0;
  for (let start = 0; start < set.count; start += chunk) {
    const idx = Array.from({ length: Math.min(chunk, set.count - start) }, (_, k) => start + k);
    const labels = labelsAt(set, idx);
    const [c, g] = tf.tidy(() => {
      const logits = network.apply(imageBatch(set, idx), { training: false });
      const n = logits.shape[0];
      return [
        tf.argMax(tf.slice(logits, [0, 0], [n, CLASSES]), 1).dataSync() as Int32Array,
        tf.argMax(tf.slice(logits, [0, CLASSES], [n, GROUPS]), 1).dataSync() as Int32Array,
      ];
    });
    labels.forEach((l, k) => {
      if (c[k] === l) classHits++;
      if (g[k] === GROUP_OF_CLASS[l]) groupHits++;
    });
  }
  return { classAccuracy: classHits / set.count, groupAccuracy: groupHits / set.count };
}

export interface MultiTaskStepReport {
  step: number;
  lambda: number;
  loss: number;
  classLoss: number;
  groupLoss: number;
}

export interface MultiTaskOptions {
  network: Network;
  train: ImageSet;
  optimizer: OptimizerSpec;
  batchSize: number;
  seed: number;
  /** The weight λ of the group loss, read before every step (0 … 1). */
  lambda: () => number;
  steps?: number;
  onStep?: (r: MultiTaskStepReport) => void;
  onState?: (s: LoopState, error?: unknown) => void;
}

export function multiTaskTrainer(o: MultiTaskOptions): Trainer {
  const optimizer = makeOptimizer(o.optimizer);
  const varList = o.network.params.map((p) => p.variable);
  const batches = epochBatches(o.train.count, o.batchSize, o.seed);
  const step = (s: number) => {
    if (o.steps !== undefined && s >= o.steps) return false;
    const idx = batches.at(s).indices;
    const labels = labelsAt(o.train, idx);
    const lambda = Math.min(1, Math.max(0, o.lambda()));
    const parts = { classLoss: 0, groupLoss: 0 };
    const loss = tf.tidy(() => {
      const x = imageBatch(o.train, idx);
      const classes = tf.tensor1d(labels, 'int32');
      const groups = tf.tensor1d(Int32Array.from(labels, (l) => GROUP_OF_CLASS[l]), 'int32');
      const cost = optimizer.minimize(
        () => {
          const { total, classCe, groupCe } = multiTaskLoss(o.network.apply(x, { training: true, seed: streamSeed(o.seed, s) }), classes, groups, lambda);
          parts.classLoss = classCe.dataSync()[0];
          parts.groupLoss = groupCe.dataSync()[0];
          return total;
        },
        true,
        varList,
      );
      return cost!.dataSync()[0];
    });
    o.network.commitBatchStatistics();
    o.onStep?.({ step: s, lambda, loss, ...parts });
    return true;
  };
  return trainerLoop(step, o.onState, [optimizer]);
}

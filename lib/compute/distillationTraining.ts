/**
 * Distillation, trained: two copies of the same small student, built from the same seed and fed
 * the same batches in the same order, one learning from the labels alone and one from the
 * teacher's softened outputs as well. They step in lockstep inside the shared loop, so the two
 * curves differ only by the loss.
 */
import { tf } from './tf';
import { streamSeed } from '../random/prng';
import { distillationLossTensor } from './compression';
import { evaluate } from './training/classifier';
import { epochBatches, imageBatch, labelsAt, type ImageSet } from './training/dataset';
import { trainerLoop, type LoopState, type Trainer } from './training/loop';
import { buildNetwork, type Network } from './training/network';
import { makeOptimizer, type OptimizerSpec } from './training/optimizer';
import type { NetworkSpec } from './training/spec';

export interface DistillationOptions {
  teacher: Network;
  student: NetworkSpec;
  train: ImageSet;
  test: ImageSet;
  seed: number;
  temperature: number;
  alpha: number;
  steps: number;
  batchSize: number;
  optimizer: OptimizerSpec;
  /** Test accuracy of both students every this many steps (and at 0 and the end). */
  evalEvery: number;
  onReport?: (r: DistillationReport) => void;
  onState?: (s: LoopState, error?: unknown) => void;
}

export interface DistillationReport {
  step: number;
  distilledAccuracy: number;
  aloneAccuracy: number;
}

export function distillationTrainer(o: DistillationOptions): Trainer & { distilled: Network; alone: Network } {
  if (!(o.temperature > 0)) throw new Error('The temperature must be above zero.');
  if (!(o.alpha >= 0 && o.alpha <= 1)) throw new Error('α must be between 0 and 1.');
  const distilled = buildNetwork(o.student, o.seed);
  const alone = buildNetwork(o.student, o.seed);
  const optD = makeOptimizer(o.optimizer);
  const optA = makeOptimizer(o.optimizer);
  const varsD = distilled.params.map((p) => p.variable);
  const varsA = alone.params.map((p) => p.variable);
  const batches = epochBatches(o.train.count, o.batchSize, o.seed, { dropLast: true });
  const report = (step: number) =>
    o.onReport?.({ step, distilledAccuracy: evaluate(distilled, o.test).accuracy, aloneAccuracy: evaluate(alone, o.test).accuracy });

  const step = (s: number) => {
    if (s === 0) report(0);
    if (s >= o.steps) return false;
    const idx = batches.at(s).indices;
    const labels = labelsAt(o.train, idx);
    const mode = { training: true as const, seed: streamSeed(o.seed, s + 1) };
    tf.tidy(() => {
      const x = imageBatch(o.train, idx);
      const y = tf.tensor1d(labels, 'int32');
      const t = o.teacher.apply(x, { training: false });
      optD.minimize(() => distillationLossTensor(distilled.apply(x, mode), t, y, o.temperature, o.alpha), false, varsD);
      optA.minimize(() => tf.losses.softmaxCrossEntropy(tf.oneHot(y, 10), alone.apply(x, mode)) as tf.Scalar, false, varsA);
    });
    distilled.commitBatchStatistics();
    alone.commitBatchStatistics();
    if ((s + 1) % o.evalEvery === 0 || s + 1 === o.steps) report(s + 1);
    return true;
  };
  // Disposing stops the loop, then frees both optimisers and both students.
  return Object.assign(trainerLoop(step, o.onState, [optD, optA, distilled, alone]), { distilled, alone });
}

/**
 * Model compression on a trained network: its kernels pruned or quantised (lib/compression does
 * the arithmetic), the accuracy that is left on a test set, a short fine-tune of a pruned network
 * with its zeros held, and the distillation loss in tfjs (the same formula as
 * lib/compression/distillation.ts). The network's own weights are restored after each look.
 */
import { tf } from './tf';
import { evaluate, type Evaluation } from './training/classifier';
import { epochBatches, imageBatch, labelsAt, type ImageSet } from './training/dataset';
import { buildNetwork, type Network } from './training/network';
import type { NetworkSpec } from './training/spec';
import { makeOptimizer, type OptimizerSpec } from './training/optimizer';
import { streamSeed } from '../random/prng';

/** The weights compression acts on: conv and dense kernels (biases and BN stay float). */
export const isKernel = (name: string) => name.endsWith('.kernel');

export interface KernelInfo {
  name: string;
  shape: number[];
  size: number;
  /** Output channels: the last axis (filters of a conv, units of a dense layer). */
  channels: number;
}

export function kernelsOf(network: Network): KernelInfo[] {
  return network.params
    .filter((p) => isKernel(p.name))
    .map((p) => ({ name: p.name, shape: p.variable.shape, size: p.variable.size, channels: p.variable.shape[p.variable.shape.length - 1] }));
}

/** Accuracy of the network with some kernels replaced, then the original weights put back. */
export function evaluateWith(network: Network, replaced: Map<string, Float32Array>, set: ImageSet): Evaluation {
  const original = new Map([...network.getWeights()].filter(([name]) => replaced.has(name)));
  try {
    network.setWeights(replaced);
    return evaluate(network, set);
  } finally {
    network.setWeights(original);
  }
}

/**
 * softmax cross-entropy of the student against the teacher's softened outputs × T², mixed with
 * the hard-label cross-entropy: mean over the batch of α T² CE(p_t^T, p_s^T) + (1 − α) CE(y, p_s).
 */
export function distillationLossTensor(student: tf.Tensor2D, teacher: tf.Tensor2D, labels: tf.Tensor1D, temperature: number, alpha: number): tf.Scalar {
  return tf.tidy(() => {
    const soft = tf.softmax(tf.div(teacher, temperature));
    const logS = tf.logSoftmax(tf.div(student, temperature));
    const softCe = tf.mean(tf.neg(tf.sum(tf.mul(soft, logS), 1)));
    const y = tf.oneHot(labels, student.shape[1]);
    const hardCe = tf.mean(tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(student)), 1)));
    return tf.add(tf.mul(softCe, alpha * temperature * temperature), tf.mul(hardCe, 1 - alpha)) as tf.Scalar;
  });
}

export interface FineTuneOptions {
  spec: NetworkSpec;
  /** The pruned network's weights (every weight, pruned kernels included). */
  weights: Map<string, Float32Array>;
  /** 1 where a kernel weight is kept, 0 where it was pruned; held at 0 through every step. */
  masks: Map<string, Float32Array>;
  train: ImageSet;
  batchSize: number;
  seed: number;
  optimizer: OptimizerSpec;
}

export interface PrunedFineTuner {
  /** A copy of the pruned network that the steps train. */
  network: Network;
  /** Trains one batch and puts the zeros back; returns the batch loss. */
  step(): number;
  dispose(): void;
}

/** Fine-tunes a copy of a pruned network batch by batch, re-applying its masks after each step. */
export function prunedFineTuner(o: FineTuneOptions): PrunedFineTuner {
  const network = buildNetwork(o.spec, o.seed);
  network.setWeights(o.weights);
  const optimizer = makeOptimizer(o.optimizer);
  const vars = network.params.map((p) => p.variable);
  const masked = network.params.filter((p) => o.masks.has(p.name));
  const maskTensors = masked.map((p) => tf.tensor(o.masks.get(p.name)!, p.variable.shape));
  const classes = network.params[network.params.length - 1].variable.size;
  const batches = epochBatches(o.train.count, o.batchSize, o.seed, { dropLast: true });
  let b = 0;
  return {
    network,
    step() {
      const idx = batches.at(b).indices;
      const labels = labelsAt(o.train, idx);
      const mode = { training: true as const, seed: streamSeed(o.seed, b + 1) };
      b++;
      const loss = tf.tidy(() => {
        const x = imageBatch(o.train, idx);
        const y = tf.oneHot(tf.tensor1d(labels, 'int32'), classes);
        const cost = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, network.apply(x, mode)) as tf.Scalar, true, vars);
        return cost!.dataSync()[0];
      });
      network.commitBatchStatistics();
      masked.forEach((p, i) => tf.tidy(() => p.variable.assign(tf.mul(p.variable, maskTensors[i]))));
      return loss;
    },
    dispose() {
      maskTensors.forEach((m) => m.dispose());
      optimizer.dispose();
      network.dispose();
    },
  };
}

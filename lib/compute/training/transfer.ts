/**
 * Transfer learning for the course's networks: give a trained network a new head (its last
 * dense layer, sized for a new task), copy the trunk's weights, and train with the trunk frozen,
 * fine-tuned at a fraction of the head's learning rate, or fully. Two optimisers, one per group,
 * so the trunk can learn ten times slower than the head (what the notes advise for fine-tuning).
 */
import { tf } from '../tf';
import { streamSeed } from '../../random/prng';
import { buildNetwork, type Network } from './network';
import { epochRecorder, type BatchReport, type EpochReport } from './classifier';
import { epochBatches, imageBatch, labelsAt, type ImageSet } from './dataset';
import { trainerLoop, type Trainer, type LoopState } from './loop';
import { makeOptimizer, type OptimizerSpec } from './optimizer';
import type { NetworkSpec } from './spec';

/** Fashion-MNIST's ten classes gathered into four product groups: the "new task". */
export const PRODUCT_GROUPS = ['Tops', 'Bottoms & dresses', 'Footwear', 'Bags'] as const;
// T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot
const GROUP_OF_CLASS = [0, 1, 0, 1, 0, 2, 0, 2, 3, 2];
export const productGroup = (label: number): number => GROUP_OF_CLASS[label];

/** Index of the head: the last dense layer. */
export function headIndex(spec: NetworkSpec): number {
  const i = spec.layers.map((l) => l.type).lastIndexOf('dense');
  if (i < 0) throw new Error('The network has no dense layer to replace.');
  return i;
}

/** The same network with a head of `classes` outputs. */
export function withNewHead(spec: NetworkSpec, classes: number): NetworkSpec {
  const h = headIndex(spec);
  return { input: spec.input, layers: spec.layers.map((l, i) => (i === h ? { type: 'dense', units: classes } : l)) };
}

export const isHeadWeight = (spec: NetworkSpec, name: string) => name.startsWith(`${headIndex(spec)}.`);

/**
 * A network for the new task: the pre-trained trunk's weights (when `pretrained` is given) and a
 * freshly initialised head of `classes` outputs (seeded).
 */
export function transferNetwork(spec: NetworkSpec, classes: number, seed: number, pretrained?: Map<string, Float32Array>): Network {
  const net = buildNetwork(withNewHead(spec, classes), seed);
  if (pretrained) net.setWeights(new Map([...pretrained].filter(([name]) => !isHeadWeight(spec, name))));
  return net;
}

export interface TransferOptions {
  network: Network;
  train: ImageSet;
  test?: ImageSet;
  /** The head's optimiser. */
  optimizer: OptimizerSpec;
  /** The trunk's learning rate as a fraction of the head's: 0 freezes it, 1 trains it at the same rate. */
  trunkFactor: number;
  target: (label: number) => number;
  batchSize: number;
  epochs: number;
  seed: number;
  augment?: (images: tf.Tensor4D, seed: number) => tf.Tensor4D;
  onBatch?: (r: BatchReport) => void;
  onEpoch?: (r: EpochReport) => void;
  onState?: (s: LoopState, error?: unknown) => void;
}

export function transferTrainer(o: TransferOptions): Trainer {
  if (!(o.trunkFactor >= 0 && o.trunkFactor <= 1)) throw new Error('The trunk’s share of the learning rate must be from 0 to 1.');
  if (o.train.count < 1) throw new Error('There are no training images.');
  const spec = o.network.spec;
  const head = o.network.params.filter((p) => isHeadWeight(spec, p.name)).map((p) => p.variable);
  const trunk = o.trunkFactor > 0 ? o.network.params.filter((p) => !isHeadWeight(spec, p.name)).map((p) => p.variable) : [];
  const headOpt = makeOptimizer(o.optimizer);
  const trunkOpt = trunk.length ? makeOptimizer({ ...o.optimizer, learningRate: o.optimizer.learningRate * o.trunkFactor }) : null;
  const classes = (spec.layers[headIndex(spec)] as { units: number }).units;
  const batches = epochBatches(o.train.count, o.batchSize, o.seed);
  const record = epochRecorder(o);

  const step = (s: number) => {
    const slot = batches.at(s);
    if (slot.epoch >= o.epochs) return false;
    const labels = Int32Array.from(labelsAt(o.train, slot.indices), o.target);
    const stepSeed = streamSeed(o.seed ^ 0x5bd1e995, s);
    const [loss, correct] = tf.tidy(() => {
      let x = imageBatch(o.train, slot.indices);
      if (o.augment) x = o.augment(x, stepSeed);
      const y = tf.oneHot(tf.tensor1d(labels, 'int32'), classes);
      let hits = 0;
      const { value, grads } = tf.variableGrads(() => {
        const logits = o.network.apply(x, { training: true, seed: stepSeed });
        hits = tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), tf.tensor1d(labels, 'int32')), 'int32')).dataSync()[0];
        return tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar;
      }, [...head, ...trunk]);
      const pick = (vars: tf.Variable[]) => Object.fromEntries(vars.map((v) => [v.name, grads[v.name]]));
      headOpt.applyGradients(pick(head));
      trunkOpt?.applyGradients(pick(trunk));
      return [value.dataSync()[0], hits];
    });
    o.network.commitBatchStatistics();
    record(s, slot, loss, correct);
    return true;
  };

  return trainerLoop(step, o.onState, [headOpt, trunkOpt]);
}

/** The optimisers a learner can pick, as data, and their TensorFlow.js objects. */
import { tf } from '../tf';

export type OptimizerSpec = { kind: 'sgd'; learningRate: number; momentum: number } | { kind: 'adam'; learningRate: number };

export const DEFAULT_OPTIMIZER: OptimizerSpec = { kind: 'adam', learningRate: 0.003 };

export function makeOptimizer(spec: OptimizerSpec): tf.Optimizer {
  if (!(spec.learningRate > 0 && spec.learningRate <= 10)) throw new Error('The learning rate must be above 0 and at most 10.');
  if (spec.kind === 'adam') return tf.train.adam(spec.learningRate);
  if (!(spec.momentum >= 0 && spec.momentum < 1)) throw new Error('The momentum must be at least 0 and below 1.');
  return spec.momentum === 0 ? tf.train.sgd(spec.learningRate) : tf.train.momentum(spec.learningRate, spec.momentum);
}

/**
 * Batch normalisation over [N, C, ...]: statistics per channel over the batch and all spatial
 * positions. Training normalises with the biased batch variance but, like PyTorch, feeds the
 * unbiased one (n / (n - 1) times larger) into the running average.
 */
import { tf } from './tf';
import { channelBroadcastShape } from './layout';

export interface BatchNormTrainOptions {
  eps?: number;
  /** Weight of the new batch in the running averages: new = (1 - m) * old + m * batch. */
  momentum?: number;
}

export interface BatchNormTrainResult {
  y: tf.Tensor;
  batchMean: tf.Tensor1D;
  /** Biased: the mean squared deviation, the one used to normalise. */
  batchVar: tf.Tensor1D;
  runningMean: tf.Tensor1D;
  runningVar: tf.Tensor1D;
}

export interface BatchNormGradients {
  dx: tf.Tensor;
  dgamma: tf.Tensor1D;
  dbeta: tf.Tensor1D;
}

/** Every axis but the channel axis 1. */
const statAxes = (rank: number) => [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2)];

function checkChannels(x: tf.Tensor, ...perChannel: tf.Tensor[]) {
  if (x.rank < 2) throw new Error(`Batch norm needs an input [N, C, ...] (got shape [${x.shape}]).`);
  for (const t of perChannel) {
    if (t.rank !== 1 || t.shape[0] !== x.shape[1]) {
      throw new Error(`Each per-channel vector must have ${x.shape[1]} entries (got shape [${t.shape}]).`);
    }
  }
}

function normalise(x: tf.Tensor, mean: tf.Tensor, variance: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, eps: number) {
  const s = channelBroadcastShape(x.shape[1] as number, x.rank);
  const xHat = tf.div(tf.sub(x, tf.reshape(mean, s)), tf.sqrt(tf.add(tf.reshape(variance, s), eps)));
  return tf.add(tf.mul(xHat, tf.reshape(gamma, s)), tf.reshape(beta, s));
}

/** The training-mode forward pass as one differentiable function of x, gamma, beta. */
function trainForward(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, eps: number) {
  const { mean, variance } = tf.moments(x, statAxes(x.rank));
  return { y: normalise(x, mean, variance, gamma, beta, eps), mean, variance };
}

export function batchNormTrain(
  x: tf.Tensor,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  runningMean: tf.Tensor1D,
  runningVar: tf.Tensor1D,
  { eps = 1e-5, momentum = 0.1 }: BatchNormTrainOptions = {},
): BatchNormTrainResult {
  checkChannels(x, gamma, beta, runningMean, runningVar);
  const n = x.size / (x.shape[1] as number);
  if (n < 2) throw new Error('Batch norm in training needs at least two values per channel.');
  return tf.tidy(() => {
    const { y, mean, variance } = trainForward(x, gamma, beta, eps);
    const unbiased = tf.mul(variance, n / (n - 1));
    const update = (old: tf.Tensor, batch: tf.Tensor) => tf.add(tf.mul(old, 1 - momentum), tf.mul(batch, momentum));
    return {
      y,
      batchMean: mean as tf.Tensor1D,
      batchVar: variance as tf.Tensor1D,
      runningMean: update(runningMean, mean) as tf.Tensor1D,
      runningVar: update(runningVar, unbiased) as tf.Tensor1D,
    };
  });
}

/** Gradients of sum(y * gy) for the training-mode pass (the batch statistics depend on x). */
export function batchNormTrainGradients(
  x: tf.Tensor,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  gy: tf.Tensor,
  { eps = 1e-5 }: BatchNormTrainOptions = {},
): BatchNormGradients {
  checkChannels(x, gamma, beta);
  return tf.tidy(() => {
    const [dx, dgamma, dbeta] = tf.grads((a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => trainForward(a, g, b, eps).y)(
      [x, gamma, beta],
      gy,
    );
    return { dx, dgamma: dgamma as tf.Tensor1D, dbeta: dbeta as tf.Tensor1D };
  });
}

/** Inference mode: normalise with the running statistics. */
export function batchNormEval(
  x: tf.Tensor,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  runningMean: tf.Tensor1D,
  runningVar: tf.Tensor1D,
  { eps = 1e-5 }: { eps?: number } = {},
): tf.Tensor {
  checkChannels(x, gamma, beta, runningMean, runningVar);
  return tf.tidy(() => normalise(x, runningMean, runningVar, gamma, beta, eps));
}

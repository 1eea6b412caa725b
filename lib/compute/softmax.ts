/** Softmax along any axis, and the cross-entropy loss of logits against class indices. */
import { tf } from './tf';

/** exp(x - logsumexp(x)) along `axis` (default the last): stable for large logits. */
export function softmax(x: tf.Tensor, axis = -1): tf.Tensor {
  return tf.tidy(() => tf.exp(tf.sub(x, tf.logSumExp(x, axis, true))));
}

export function logSoftmax(x: tf.Tensor, axis = -1): tf.Tensor {
  return tf.tidy(() => tf.sub(x, tf.logSumExp(x, axis, true)));
}

function check(logits: tf.Tensor2D, target: tf.Tensor1D) {
  if (logits.rank !== 2) throw new Error(`Cross-entropy needs logits [N, K] (got shape [${logits.shape}]).`);
  if (target.rank !== 1 || target.shape[0] !== logits.shape[0]) {
    throw new Error(`There must be one target class per row of logits (${logits.shape[0]}), got shape [${target.shape}].`);
  }
}

/** Mean over the batch of -log softmax(logits)[target]; target holds class indices. */
export function crossEntropy(logits: tf.Tensor2D, target: tf.Tensor1D): tf.Scalar {
  check(logits, target);
  return tf.tidy(() => {
    const oneHot = tf.oneHot(tf.cast(target, 'int32'), logits.shape[1]);
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, logSoftmax(logits)), 1)));
  }) as tf.Scalar;
}

/** d loss / d logits = (softmax(logits) - one_hot(target)) / N. */
export function crossEntropyGradient(logits: tf.Tensor2D, target: tf.Tensor1D): tf.Tensor2D {
  check(logits, target);
  return tf.tidy(() => {
    const oneHot = tf.oneHot(tf.cast(target, 'int32'), logits.shape[1]);
    return tf.div(tf.sub(softmax(logits), oneHot), logits.shape[0]) as tf.Tensor2D;
  });
}

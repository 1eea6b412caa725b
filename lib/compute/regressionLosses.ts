/**
 * Regression losses with mean reduction, and their gradients with respect to the prediction
 * (closed forms, with PyTorch's choice at the kinks: sign(0) = 0).
 */
import { tf } from './tf';

function check(pred: tf.Tensor, target: tf.Tensor) {
  if (pred.shape.join() !== target.shape.join()) {
    throw new Error(`Prediction and target must have the same shape (got [${pred.shape}] and [${target.shape}]).`);
  }
}

export function l1Loss(pred: tf.Tensor, target: tf.Tensor): tf.Scalar {
  check(pred, target);
  return tf.tidy(() => tf.mean(tf.abs(tf.sub(pred, target))));
}

export function l1LossGradient(pred: tf.Tensor, target: tf.Tensor): tf.Tensor {
  check(pred, target);
  return tf.tidy(() => tf.div(tf.sign(tf.sub(pred, target)), pred.size));
}

export function mseLoss(pred: tf.Tensor, target: tf.Tensor): tf.Scalar {
  check(pred, target);
  return tf.tidy(() => tf.mean(tf.square(tf.sub(pred, target))));
}

export function mseLossGradient(pred: tf.Tensor, target: tf.Tensor): tf.Tensor {
  check(pred, target);
  return tf.tidy(() => tf.mul(tf.sub(pred, target), 2 / pred.size));
}

/** Quadratic (0.5 d² / beta) where |d| < beta, linear (|d| - 0.5 beta) beyond; beta = 0 is L1. */
export function smoothL1Loss(pred: tf.Tensor, target: tf.Tensor, beta = 1): tf.Scalar {
  check(pred, target);
  if (!(beta >= 0)) throw new Error(`Smooth L1 needs beta >= 0 (got ${beta}).`);
  if (beta === 0) return l1Loss(pred, target);
  return tf.tidy(() => {
    const d = tf.sub(pred, target);
    const a = tf.abs(d);
    return tf.mean(tf.where(tf.less(a, beta), tf.div(tf.mul(tf.square(d), 0.5), beta), tf.sub(a, 0.5 * beta)));
  });
}

export function smoothL1LossGradient(pred: tf.Tensor, target: tf.Tensor, beta = 1): tf.Tensor {
  check(pred, target);
  if (!(beta >= 0)) throw new Error(`Smooth L1 needs beta >= 0 (got ${beta}).`);
  if (beta === 0) return l1LossGradient(pred, target);
  return tf.tidy(() => {
    const d = tf.sub(pred, target);
    return tf.div(tf.where(tf.less(tf.abs(d), beta), tf.div(d, beta), tf.sign(d)), pred.size);
  });
}

/**
 * Plain-number readouts of the loss ops for the loss widgets: one call per redraw, tensors made
 * and disposed inside, results as arrays. Built on the golden-tested ops of softmax.ts and
 * regressionLosses.ts.
 */
import { tf } from './tf';
import { crossEntropy, crossEntropyGradient, logSoftmax, softmax } from './softmax';
import { l1Loss, l1LossGradient, mseLoss, mseLossGradient, smoothL1Loss, smoothL1LossGradient } from './regressionLosses';

export interface CrossEntropyReadout {
  /** softmax(z), computed stably as exp(z − logsumexp(z)). */
  probs: number[];
  /** −log softmax(z)[target]. */
  loss: number;
  /** d loss / d z = softmax(z) − one_hot(target). */
  grad: number[];
  max: number;
  /** log Σ exp(z_j), computed as max + log Σ exp(z_j − max). */
  logSumExp: number;
  /** The textbook formula exp(z) / Σ exp(z) in float32, without subtracting the maximum. */
  naiveProbs: number[];
  /** −log of the naive probability of the target (Infinity or NaN when the naive formula fails). */
  naiveLoss: number;
}

export function crossEntropyReadout(logits: readonly number[], target: number): CrossEntropyReadout {
  return tf.tidy(() => {
    const z = tf.tensor2d([logits as number[]]);
    const t = tf.tensor1d([target], 'int32');
    const e = tf.exp(z);
    const naive = tf.div(e, tf.sum(e));
    const naiveProbs = Array.from(naive.dataSync());
    return {
      probs: Array.from(softmax(z).dataSync()),
      loss: crossEntropy(z, t).dataSync()[0],
      grad: Array.from(crossEntropyGradient(z, t).dataSync()),
      max: tf.max(z).dataSync()[0],
      logSumExp: tf.logSumExp(z).dataSync()[0],
      naiveProbs,
      naiveLoss: -Math.log(naiveProbs[target]),
    };
  });
}

/**
 * The cross-entropy for each value of the target's logit in `targetLogits`, the other logits
 * fixed: one batch through logSoftmax, row r holding targetLogits[r].
 */
export function crossEntropyAlongTargetLogit(logits: readonly number[], target: number, targetLogits: readonly number[]): number[] {
  if (targetLogits.length === 0) return [];
  return tf.tidy(() => {
    const k = logits.length;
    const rows = new Float32Array(targetLogits.length * k);
    targetLogits.forEach((v, r) => {
      for (let j = 0; j < k; j++) rows[r * k + j] = j === target ? v : logits[j];
    });
    const logp = logSoftmax(tf.tensor2d(rows, [targetLogits.length, k]));
    const picked = tf.neg(tf.squeeze(tf.slice(logp, [0, target], [-1, 1]), [1]));
    return Array.from(picked.dataSync());
  });
}

export type RegressionLossName = 'l1' | 'l2' | 'smoothL1';

export interface RegressionLossPoint {
  loss: Record<RegressionLossName, number>;
  grad: Record<RegressionLossName, number>;
}

/** L1, L2 (PyTorch's MSELoss) and smooth L1 with `beta`, and their gradients, at one error
 * d = prediction − target: the golden-tested ops on a one-element tensor. */
export function regressionLossesAt(error: number, beta: number): RegressionLossPoint {
  return tf.tidy(() => {
    const pred = tf.tensor1d([error]);
    const target = tf.zeros([1]);
    const one = (t: tf.Tensor) => t.dataSync()[0];
    return {
      loss: { l1: one(l1Loss(pred, target)), l2: one(mseLoss(pred, target)), smoothL1: one(smoothL1Loss(pred, target, beta)) },
      grad: {
        l1: one(l1LossGradient(pred, target)),
        l2: one(mseLossGradient(pred, target)),
        smoothL1: one(smoothL1LossGradient(pred, target, beta)),
      },
    };
  });
}

export type RegressionCurves = Record<RegressionLossName, { loss: number[]; grad: number[] }>;

/**
 * Each loss and its derivative at every error in `errors`, element by element (the ops above
 * average over elements; these are the per-element terms they average, with the same choices:
 * sign(0) = 0, and beta = 0 making smooth L1 into L1).
 */
export function regressionLossCurves(errors: readonly number[], beta: number): RegressionCurves {
  if (!(beta >= 0)) throw new Error(`Smooth L1 needs beta >= 0 (got ${beta}).`);
  return tf.tidy(() => {
    const d = tf.tensor1d(errors as number[]);
    const a = tf.abs(d);
    const s = tf.sign(d);
    const list = (t: tf.Tensor) => Array.from(t.dataSync());
    const inside = tf.less(a, beta);
    const smooth =
      beta === 0
        ? { loss: list(a), grad: list(s) }
        : {
            loss: list(tf.where(inside, tf.div(tf.mul(tf.square(d), 0.5), beta), tf.sub(a, 0.5 * beta))),
            grad: list(tf.where(inside, tf.div(d, beta), s)),
          };
    return {
      l1: { loss: list(a), grad: list(s) },
      l2: { loss: list(tf.square(d)), grad: list(tf.mul(d, 2)) },
      smoothL1: smooth,
    };
  });
}

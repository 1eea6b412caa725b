/**
 * Losses on embeddings [N, D] (Siamese and triplet networks), with gradients by autodiff.
 */
import { tf } from './tf';

function checkPairs(...xs: tf.Tensor2D[]) {
  for (const x of xs) {
    if (x.rank !== 2 || x.shape.join() !== xs[0].shape.join()) {
      throw new Error(`Embeddings must all have the same shape [N, D] (got ${xs.map((t) => `[${t.shape}]`).join(', ')}).`);
    }
  }
}

/** Row-wise ‖a − b + eps‖₂, exactly as torch.pairwise_distance (eps keeps the gradient finite). */
export function pairwiseDistance(a: tf.Tensor2D, b: tf.Tensor2D, eps = 1e-6): tf.Tensor1D {
  checkPairs(a, b);
  return tf.tidy(() => tf.sqrt(tf.sum(tf.square(tf.add(tf.sub(a, b), eps)), 1))) as tf.Tensor1D;
}

/** mean(max(0, d(a, p) − d(a, n) + margin)) with p = 2. */
export function tripletMarginLoss(anchor: tf.Tensor2D, positive: tf.Tensor2D, negative: tf.Tensor2D, margin = 1, eps = 1e-6): tf.Scalar {
  checkPairs(anchor, positive, negative);
  return tf.tidy(() =>
    tf.mean(tf.relu(tf.add(tf.sub(pairwiseDistance(anchor, positive, eps), pairwiseDistance(anchor, negative, eps)), margin))),
  );
}

export function tripletMarginLossGradients(
  anchor: tf.Tensor2D,
  positive: tf.Tensor2D,
  negative: tf.Tensor2D,
  margin = 1,
  eps = 1e-6,
): { danchor: tf.Tensor2D; dpositive: tf.Tensor2D; dnegative: tf.Tensor2D } {
  return tf.tidy(() => {
    const f = (a: tf.Tensor, p: tf.Tensor, n: tf.Tensor) =>
      tripletMarginLoss(a as tf.Tensor2D, p as tf.Tensor2D, n as tf.Tensor2D, margin, eps);
    const [danchor, dpositive, dnegative] = tf.grads(f)([anchor, positive, negative]) as tf.Tensor2D[];
    return { danchor, dpositive, dnegative };
  });
}

/** Row-wise x1·x2 / max(‖x1‖·‖x2‖, eps), PyTorch 1.13's documented formula. */
export function cosineSimilarity(x1: tf.Tensor2D, x2: tf.Tensor2D, eps = 1e-8): tf.Tensor1D {
  checkPairs(x1, x2);
  return tf.tidy(() => {
    const dot = tf.sum(tf.mul(x1, x2), 1);
    const norms = tf.mul(tf.norm(x1, 2, 1), tf.norm(x2, 2, 1));
    return tf.div(dot, tf.maximum(norms, eps));
  });
}

/** Squared distance below this counts as zero when taking a square root (avoids 0/0 gradients). */
const TINY_SQUARED_DISTANCE = 1e-12;

/**
 * mean(label·d² + (1 − label)·max(0, margin − d)²) / 2 with d = ‖x1 − x2‖₂ and label 1 for a
 * pair of the same class: similar pairs are pulled together, dissimilar ones pushed to the margin.
 */
export function contrastiveLoss(x1: tf.Tensor2D, x2: tf.Tensor2D, label: tf.Tensor1D, margin = 1): tf.Scalar {
  checkPairs(x1, x2);
  if (label.rank !== 1 || label.shape[0] !== x1.shape[0]) {
    throw new Error(`There must be one label per pair (${x1.shape[0]}), got shape [${label.shape}].`);
  }
  return tf.tidy(() => {
    const y = tf.cast(label, 'float32');
    const d2 = tf.sum(tf.square(tf.sub(x1, x2)), 1);
    const d = tf.sqrt(tf.maximum(d2, TINY_SQUARED_DISTANCE));
    const hinge = tf.square(tf.relu(tf.sub(margin, d)));
    return tf.div(tf.mean(tf.add(tf.mul(y, d2), tf.mul(tf.sub(1, y), hinge))), 2);
  });
}

export function contrastiveLossGradients(
  x1: tf.Tensor2D,
  x2: tf.Tensor2D,
  label: tf.Tensor1D,
  margin = 1,
): { dx1: tf.Tensor2D; dx2: tf.Tensor2D } {
  return tf.tidy(() => {
    const f = (a: tf.Tensor, b: tf.Tensor) => contrastiveLoss(a as tf.Tensor2D, b as tf.Tensor2D, label, margin);
    const [dx1, dx2] = tf.grads(f)([x1, x2]) as tf.Tensor2D[];
    return { dx1, dx2 };
  });
}

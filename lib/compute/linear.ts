/** A fully connected layer, PyTorch's layout: x [N, IN], w [OUT, IN], b [OUT] -> y = x wᵀ + b. */
import { tf } from './tf';

export interface LinearGradients {
  dx: tf.Tensor2D;
  dw: tf.Tensor2D;
  db?: tf.Tensor1D;
}

function check(x: tf.Tensor2D, w: tf.Tensor2D, b?: tf.Tensor1D) {
  if (x.rank !== 2 || w.rank !== 2) throw new Error(`A linear layer needs x [N, IN] and w [OUT, IN] (got [${x.shape}] and [${w.shape}]).`);
  if (x.shape[1] !== w.shape[1]) throw new Error(`The input has ${x.shape[1]} features but the weights expect ${w.shape[1]}.`);
  if (b && (b.rank !== 1 || b.shape[0] !== w.shape[0])) throw new Error(`The bias must have ${w.shape[0]} entries (got [${b.shape}]).`);
}

export function linear(x: tf.Tensor2D, w: tf.Tensor2D, b?: tf.Tensor1D): tf.Tensor2D {
  check(x, w, b);
  return tf.tidy(() => {
    const y = tf.matMul(x, w, false, true);
    return b ? tf.add(y, b) : y;
  }) as tf.Tensor2D;
}

/** Gradients of sum(y * gy): dx = gy w, dw = gyᵀ x, db = column sums of gy. */
export function linearGradients(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D | undefined, gy: tf.Tensor2D): LinearGradients {
  check(x, w, b);
  return tf.tidy(() => ({
    dx: tf.matMul(gy, w) as tf.Tensor2D,
    dw: tf.matMul(gy, x, true, false) as tf.Tensor2D,
    ...(b ? { db: tf.sum(gy, 0) as tf.Tensor1D } : {}),
  }));
}

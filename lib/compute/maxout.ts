/**
 * Maxout on each element: f(x) = max_j (w_j x + b_j) over k pieces, and its derivative, the slope
 * of the piece that wins (on a tie, the first such piece, as argmax picks it). PyTorch has no
 * Maxout op, so the tests check these against the closed forms of |x|, ReLU and leaky ReLU.
 */
import type { MaxoutPieces } from '@/lib/activations/maxout';
import { tf } from './tf';

function checkPieces({ slopes, intercepts }: MaxoutPieces) {
  if (slopes.length === 0 || slopes.length !== intercepts.length) {
    throw new Error(`Maxout needs as many intercepts as slopes, at least one (got ${slopes.length} and ${intercepts.length}).`);
  }
}

/** Every piece at every element: shape [...x.shape, k]. */
const piecesAt = (x: tf.Tensor, { slopes, intercepts }: MaxoutPieces) =>
  tf.add(tf.mul(tf.expandDims(x, -1), tf.tensor1d(slopes as number[])), tf.tensor1d(intercepts as number[]));

export function maxout(x: tf.Tensor, pieces: MaxoutPieces): tf.Tensor {
  checkPieces(pieces);
  return tf.tidy(() => tf.max(piecesAt(x, pieces), -1));
}

export function maxoutDerivative(x: tf.Tensor, pieces: MaxoutPieces): tf.Tensor {
  checkPieces(pieces);
  return tf.tidy(() => tf.gather(tf.tensor1d(pieces.slopes as number[]), tf.argMax(piecesAt(x, pieces), -1)));
}

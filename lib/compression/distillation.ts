/**
 * Knowledge distillation in plain numbers (the tfjs version trains with the same formula):
 * soft targets p_i = softmax(z_i / T), and the loss
 *   L = α · T² · CE(p_teacher^T, p_student^T) + (1 − α) · CE(y, p_student^1).
 * The T² keeps the soft term's gradients the same size as T changes (they shrink as 1/T²).
 */

/** softmax(z / T), computed stably. */
export function softenedProbabilities(logits: ArrayLike<number>, temperature: number): number[] {
  if (!(temperature > 0)) throw new Error('The temperature must be above zero.');
  const z = Array.from(logits, (v) => v / temperature);
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Cross-entropy −Σ p log q of two distributions (q clamped away from 0). */
export function crossEntropy(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log(Math.max(q[i], 1e-30));
  return h;
}

/** The distillation loss of one example. */
export function distillationLoss(studentLogits: ArrayLike<number>, teacherLogits: ArrayLike<number>, label: number, temperature: number, alpha: number): number {
  if (!(alpha >= 0 && alpha <= 1)) throw new Error('α must be between 0 and 1.');
  const soft = crossEntropy(softenedProbabilities(teacherLogits, temperature), softenedProbabilities(studentLogits, temperature));
  const hard = -Math.log(Math.max(softenedProbabilities(studentLogits, 1)[label], 1e-30));
  return alpha * temperature * temperature * soft + (1 - alpha) * hard;
}

/** Entropy in bits of a distribution: how much a soft target says beyond the top class. */
export function entropyBits(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log2(p[i]);
  return h;
}

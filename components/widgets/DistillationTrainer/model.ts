/** DistillationTrainer's pure logic. No React. */
import { entropyBits, softenedProbabilities } from '@/lib/compression/distillation';

export function softTargets(logits: ArrayLike<number>, temperature: number) {
  const hard = softenedProbabilities(logits, 1);
  const soft = softenedProbabilities(logits, temperature);
  const top = hard.indexOf(Math.max(...hard));
  return { hard, soft, top, entropy: entropyBits(soft) };
}

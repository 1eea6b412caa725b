import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { distillationLossTensor } from '@/lib/compute/compression';
import { distillationLoss } from '@/lib/compression/distillation';

describe('distillation loss in tfjs', () => {
  it('is the batch mean of the plain formula α T² CE(soft) + (1 − α) CE(hard)', async () => {
    await ready();
    const s = [[1, -0.5, 2], [0, 0, 3]];
    const t = [[4, 1, 0], [-1, 2, 5]];
    const y = [0, 2];
    for (const [T, a] of [[1, 0.5], [4, 0.9], [10, 0]] as const) {
      const got = tf.tidy(() => distillationLossTensor(tf.tensor2d(s), tf.tensor2d(t), tf.tensor1d(y, 'int32'), T, a).dataSync()[0]);
      const want = (distillationLoss(s[0], t[0], y[0], T, a) + distillationLoss(s[1], t[1], y[1], T, a)) / 2;
      expect(got).toBeCloseTo(want, 5);
    }
  });
});

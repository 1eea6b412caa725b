import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { buildNetwork } from '@/lib/compute/training/network';
import { classifierTrainer, evaluate } from '@/lib/compute/training/classifier';
import { SMALL_CNN } from '@/lib/compute/training/spec';
import { balancedSubset, sliceSet } from '@/lib/compute/training/dataset';
import { fashion } from './fashionData';

// The browser trains on the WASM backend (lib/compute/training/backend.ts); so does this file.
describe('classifier training on the WASM backend', () => {
  it('starts the WASM backend, whose kernels cover every gradient the small CNN needs', async () => {
    await ready();
    await import('@tensorflow/tfjs-backend-wasm');
    expect(await tf.setBackend('wasm')).toBe(true);
  });

  it('learns: test accuracy far above chance (10 %) after two epochs on 2,000 images', async () => {
        const { train, test } = await fashion();
    const subset = sliceSet(train, balancedSubset(train, 200));
    const net = buildNetwork(SMALL_CNN, 3);
    const before = evaluate(net, test).accuracy;
    const epochs: number[] = [];
    const t = classifierTrainer({ network: net, train: subset, test, optimizer: { kind: 'adam', learningRate: 0.003 }, batchSize: 32, epochs: 2, seed: 3, onEpoch: (r) => epochs.push(r.testAccuracy!) });
    await t.start();
    expect(before).toBeLessThan(0.3);
    expect(epochs).toHaveLength(2);
    expect(epochs[1]).toBeGreaterThan(0.65);
    t.dispose();
    net.dispose();
  });

});

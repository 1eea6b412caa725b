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

describe('the shipped pre-trained classifier (public/models/fashion-cnn.weights)', () => {
  it('is the FASHION_CNN spec, and scores on the shipped test set exactly the accuracy its file states', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { decodeWeights } = await import('@/lib/compute/training/weightsFile');
    const { FASHION_CNN } = await import('@/lib/compute/training/spec');
    const { header, weights } = decodeWeights(new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../../public/models/fashion-cnn.weights'))));
    expect(header.spec).toEqual(FASHION_CNN);
    const net = buildNetwork(header.spec, 0);
    net.setWeights(weights);
    const { test } = await fashion();
    const acc = evaluate(net, test).accuracy;
    expect(acc).toBeCloseTo(Number(header.about.testAccuracy), 3);
    expect(acc).toBeGreaterThan(0.85);
    net.dispose();
  });
});

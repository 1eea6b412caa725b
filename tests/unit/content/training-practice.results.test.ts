/**
 * The training figures the training-practice lesson quotes, produced here on the WASM backend
 * with the widgets' own configurations and default seeds (what a reader gets on pressing Train).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { buildNetwork } from '@/lib/compute/training/network';
import { classifierTrainer, type EpochReport } from '@/lib/compute/training/classifier';
import { balancedSubset, sliceSet } from '@/lib/compute/training/dataset';
import { makeAugment } from '@/lib/compute/training/augment';
import { BATCH_SIZE, LEARNING_RATE, MILD_AUGMENTATION, TEST_PER_CLASS, WEIGHT_DECAY, overfitSpec, type OverfitConfig } from '@/components/widgets/OverfittingLab/model';
import { DEFAULT_OVERFIT } from '@/components/widgets/OverfittingLab/state';
import { fashion } from '../training/fashionData';
import { read, shows } from './lessonSource';

const src = read('training-practice');

async function overfitRun(c: OverfitConfig): Promise<EpochReport[]> {
  const { train, test } = await fashion();
  const net = buildNetwork(overfitSpec(c.dropout), c.seed);
  const epochs: EpochReport[] = [];
  const t = classifierTrainer({
    network: net,
    train: sliceSet(train, balancedSubset(train, c.perClass)),
    test: sliceSet(test, balancedSubset(test, TEST_PER_CLASS)),
    optimizer: { kind: 'adam', learningRate: LEARNING_RATE },
    batchSize: BATCH_SIZE,
    epochs: c.epochs,
    seed: c.seed,
    weightDecay: c.weightDecay ? WEIGHT_DECAY : 0,
    augment: c.augment ? makeAugment(MILD_AUGMENTATION) : undefined,
    onEpoch: (r) => epochs.push(r),
  });
  await t.start();
  t.dispose();
  net.dispose();
  return epochs;
}

describe('training-practice: the overfitting figures (OverfittingLab defaults, WASM)', () => {
  beforeAll(async () => {
    await ready();
    await import('@tensorflow/tfjs-backend-wasm');
    expect(await tf.setBackend('wasm')).toBe(true);
  });

  let none: EpochReport[];
  let all: EpochReport[];

  it('the default is 200 images (20 per class) for 20 epochs, as the lesson says', () => {
    expect(DEFAULT_OVERFIT.perClass * 10).toBe(200);
    expect(DEFAULT_OVERFIT.epochs).toBe(20);
    shows(src, 'Train the network below on 200 images, 20 per class, for 20 epochs');
  });

  it('with no regulariser: 100 % on the training images within about fifteen epochs, test near 75 %, a gap of more than 20 points', async () => {
    none = await overfitRun(DEFAULT_OVERFIT);
    const first100 = none.findIndex((e) => e.trainAccuracy === 1) + 1;
    expect(first100).toBeGreaterThanOrEqual(10);
    expect(first100).toBeLessThanOrEqual(18);
    const last = none.at(-1)!;
    expect(last.trainAccuracy).toBe(1);
    expect(last.testAccuracy!).toBeGreaterThan(0.71);
    expect(last.testAccuracy!).toBeLessThan(0.79);
    expect(last.trainAccuracy - last.testAccuracy!).toBeGreaterThan(0.2);
    // the test loss rises while the training loss falls: confident mistakes
    const bestTestLoss = Math.min(...none.map((e) => e.testLoss!));
    expect(last.testLoss!).toBeGreaterThan(bestTestLoss * 1.1);
    shows(src, 'reaches 100 % on its 200 training images within about fifteen epochs, while its test accuracy stays near 75 %: a gap of more than 20 points, and the test loss climbs while the training loss keeps falling');
  }, 240_000);

  it('with dropout, weight decay and augmentation together the gap closes (training below test), but after 20 epochs the test accuracy is lower than with none: underfitting', async () => {
    all = await overfitRun({ ...DEFAULT_OVERFIT, dropout: true, weightDecay: true, augment: true });
    const last = all.at(-1)!;
    expect(last.trainAccuracy).toBeLessThan(last.testAccuracy!);
    expect(last.testAccuracy! - last.trainAccuracy).toBeLessThan(0.15);
    expect(last.testAccuracy!).toBeLessThan(none.at(-1)!.testAccuracy!);
    shows(src, 'With dropout, weight decay and augmentation together the gap closes completely');
    shows(src, 'after 20 epochs it ends lower than with no remedy at all');
  }, 240_000);

  it('500 real images, no regulariser: a smaller gap and a better test accuracy than both 200-image runs', async () => {
    const more = await overfitRun({ ...DEFAULT_OVERFIT, perClass: 50 });
    const last = more.at(-1)!;
    expect(last.testAccuracy!).toBeGreaterThan(all.at(-1)!.testAccuracy!);
    expect(last.testAccuracy!).toBeGreaterThan(none.at(-1)!.testAccuracy!);
    expect(last.trainAccuracy - last.testAccuracy!).toBeLessThan(none.at(-1)!.trainAccuracy - none.at(-1)!.testAccuracy!);
    shows(src, 'With 500 images (50 per class) the same network, with no regulariser, overfits less and tests better than both 200-image runs');
  }, 240_000);
});

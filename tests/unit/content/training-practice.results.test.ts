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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeWeights } from '@/lib/compute/training/weightsFile';
import { PRODUCT_GROUPS, productGroup, transferNetwork, transferTrainer } from '@/lib/compute/training/transfer';
import { BATCH_SIZE as FT_BATCH, TEST_PER_CLASS as FT_TEST, TRUNK_FACTOR, type FineTuneConfig } from '@/components/widgets/FineTuneLab/model';
import { DEFAULT_FINE_TUNE } from '@/components/widgets/FineTuneLab/state';

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

async function fineTuneRun(c: FineTuneConfig): Promise<EpochReport[]> {
  const { train, test } = await fashion();
  const { header, weights } = decodeWeights(new Uint8Array(readFileSync(path.resolve(__dirname, '../../../public/models/fashion-cnn.weights'))));
  const net = transferNetwork(header.spec, PRODUCT_GROUPS.length, c.seed, c.mode === 'scratch' ? undefined : weights);
  const epochs: EpochReport[] = [];
  const t = transferTrainer({
    network: net,
    train: sliceSet(train, balancedSubset(train, c.perClass)),
    test: sliceSet(test, balancedSubset(test, FT_TEST)),
    optimizer: { kind: 'adam', learningRate: c.learningRate },
    trunkFactor: TRUNK_FACTOR[c.mode],
    target: productGroup,
    batchSize: FT_BATCH,
    epochs: c.epochs,
    seed: c.seed,
    onEpoch: (r) => epochs.push(r),
  });
  await t.start();
  t.dispose();
  net.dispose();
  return epochs;
}

describe('training-practice: the fine-tuning figures (FineTuneLab defaults, WASM)', () => {
  beforeAll(async () => {
    await ready();
    await import('@tensorflow/tfjs-backend-wasm');
    expect(await tf.setBackend('wasm')).toBe(true);
  });

  const final = async (c: Partial<FineTuneConfig>) => (await fineTuneRun({ ...DEFAULT_FINE_TUNE, ...c })).at(-1)!.testAccuracy!;

  it('the defaults are the ones the lesson names', () => {
    expect(DEFAULT_FINE_TUNE).toMatchObject({ perClass: 5, learningRate: 0.03, epochs: 15 });
    expect(Math.ceil((DEFAULT_FINE_TUNE.perClass * 10) / FT_BATCH)).toBe(4);
    shows(src, 'With the defaults — 50 labelled images (5 per class), a head learning rate of 0.03, 15 epochs');
    shows(src, '15 epochs of 4 small batches');
  });

  it('frozen and a tenth-rate trunk reach about 97 %; full-rate fine-tuning and scratch end near 91 %, clearly lower', async () => {
    const frozen = await final({ mode: 'frozen' });
    const tenth = await final({ mode: 'tenth' });
    const full = await final({ mode: 'full' });
    const scratch = await final({ mode: 'scratch' });
    for (const a of [frozen, tenth]) {
      expect(a).toBeGreaterThan(0.95);
      expect(a).toBeLessThan(0.99);
    }
    for (const a of [full, scratch]) {
      expect(a).toBeGreaterThan(0.87);
      expect(a).toBeLessThan(0.94);
      expect(a).toBeLessThan(Math.min(frozen, tenth) - 0.03);
    }
    shows(src, 'The frozen trunk reaches about 97 %, and so does fine-tuning with the trunk at a tenth of the rate');
    shows(src, "Fine-tuning the trunk at the head's full rate ends near 91 %, no better than training the whole network from scratch");
  }, 240_000);

  it('at a learning rate of 0.003 the frozen head learns too slowly and ends below full fine-tuning', async () => {
    const frozen = await final({ mode: 'frozen', learningRate: 0.003 });
    const full = await final({ mode: 'full', learningRate: 0.003 });
    expect(frozen).toBeLessThan(full);
    shows(src, 'the frozen run ends below full fine-tuning at the same rate');
  }, 240_000);

  it('always answering "tops" scores 40 % on the test images', async () => {
    const { test } = await fashion();
    const set = sliceSet(test, balancedSubset(test, FT_TEST));
    const tops = Array.from(set.labels).filter((l) => productGroup(l) === 0).length / set.count;
    expect(tops).toBe(0.4);
    shows(src, 'always answering "tops" would score 40 %');
  });
});

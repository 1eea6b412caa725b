import { beforeAll, describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { addNoise, augmentBatch, augmentSettingsError, brightnessContrast, drawAugmentations, flipHorizontal, flipVertical, IDENTITY_DRAW, makeAugment, NO_AUGMENTATION, rotate, shift, type AugmentSettings } from '@/lib/compute/training/augment';
import { imageBatch } from '@/lib/compute/training/dataset';
import { fashion } from './fashionData';

const ALL: AugmentSettings = { flipH: true, flipV: true, rotation: 20, shift: 3, brightness: 0.2, contrast: 0.3, noise: 0.1 };

/** A 4×5 image with distinct pixels, so any misplaced pixel shows. */
function ramp(): tf.Tensor4D {
  return tf.tensor4d(Array.from({ length: 20 }, (_, i) => (i + 1) / 20), [1, 4, 5, 1]);
}
const grid = (t: tf.Tensor) => (t.arraySync() as number[][][][])[0].map((row) => row.map((p) => Math.round(p[0] * 20)));

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`augmentations on the ${backend} backend`, () => {
    beforeAll(async () => {
      await ready();
      if (backend === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
      expect(await tf.setBackend(backend)).toBe(true);
    });

    it('a horizontal flip mirrors each row (checked against reversing the rows by hand)', () => {
      const x = ramp();
      const expected = grid(x).map((row) => [...row].reverse());
      expect(grid(flipHorizontal(x))).toEqual(expected);
    });

    it('a vertical flip mirrors the row order', () => {
      const x = ramp();
      expect(grid(flipVertical(x))).toEqual([...grid(x)].reverse());
    });

    it('a flip applied twice is the identity, on real images', async () => {
      const { test } = await fashion();
      const x = imageBatch(test, [0, 1, 2, 3]);
      const twice = flipHorizontal(flipHorizontal(x));
      expect(tf.max(tf.abs(tf.sub(twice, x))).dataSync()[0]).toBe(0);
      const v = flipVertical(flipVertical(x));
      expect(tf.max(tf.abs(tf.sub(v, x))).dataSync()[0]).toBe(0);
    });

    it('a zero rotation and a zero shift are the identity', async () => {
      const { test } = await fashion();
      const x = imageBatch(test, [5, 6]);
      expect(tf.max(tf.abs(tf.sub(rotate(x, 0), x))).dataSync()[0]).toBe(0);
      expect(tf.max(tf.abs(tf.sub(shift(x, 0, 0), x))).dataSync()[0]).toBe(0);
    });

    it('four quarter turns come back to the image (up to float rounding); one quarter turn moves the corner', () => {
      const x = tf.tensor4d(Array.from({ length: 25 }, (_, i) => (i + 1) / 25), [1, 5, 5, 1]);
      let y = x;
      for (let k = 0; k < 4; k++) y = rotate(y, 90);
      expect(tf.max(tf.abs(tf.sub(y, x))).dataSync()[0]).toBeLessThan(1e-5);
      // Counter-clockwise on screen: the top-right pixel (row 0, col 4) goes to the top-left.
      const q = rotate(x, 90).arraySync()[0];
      expect(q[0][0][0]).toBeCloseTo(5 / 25, 5);
    });

    it('a shift (random crop of the zero-padded image) keeps the shape, moves the pixels and fills with background', () => {
      const x = ramp();
      const y = shift(x, 2, 1);
      expect(y.shape).toEqual(x.shape);
      const g = grid(x);
      const s = grid(y);
      expect(s[0]).toEqual([0, 0, 0, 0, 0]);
      expect(s[1]).toEqual([0, 0, ...g[0].slice(0, 3)]);
      expect(s[3]).toEqual([0, 0, ...g[2].slice(0, 3)]);
    });

    it('brightness and contrast act per image around its mean, clipped to [0, 1]', () => {
      const x = tf.tensor4d([0.2, 0.4, 0.6, 0.8], [1, 2, 2, 1]);
      const y = brightnessContrast(x, [{ ...IDENTITY_DRAW, contrast: 2, brightness: 0.1 }]).dataSync();
      // 0.8 → 1.2, clipped to 1
      // mean 0.5: (v − 0.5)·2 + 0.5 + 0.1
      [0, 0.4, 0.8, 1].forEach((v, i) => expect(y[i]).toBeCloseTo(v, 6));
    });

    it('noise has the requested standard deviation and is reproducible from its seed', () => {
      const x = tf.fill([4, 28, 28, 1], 0.5) as tf.Tensor4D;
      const a = addNoise(x, 0.1, 9);
      const b = addNoise(x, 0.1, 9);
      expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
      const { variance } = tf.moments(a);
      expect(Math.sqrt(variance.dataSync()[0])).toBeCloseTo(0.1, 2);
    });

    it('a seeded batch augmentation is reproducible, changes with the seed, keeps the shape and stays in [0, 1]', async () => {
      const { test } = await fashion();
      const x = imageBatch(test, [0, 10, 20, 30, 40, 50]);
      const a = augmentBatch(x, ALL, 123);
      const b = augmentBatch(x, ALL, 123);
      const c = augmentBatch(x, ALL, 124);
      expect(a.shape).toEqual(x.shape);
      expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
      expect(tf.max(tf.abs(tf.sub(a, c))).dataSync()[0]).toBeGreaterThan(0.1);
      expect(tf.min(a).dataSync()[0]).toBeGreaterThanOrEqual(0);
      expect(tf.max(a).dataSync()[0]).toBeLessThanOrEqual(1);
    });

    it('leaks no tensors', async () => {
      const { test } = await fashion();
      const x = imageBatch(test, [0, 1]);
      const before = tf.memory().numTensors;
      augmentBatch(x, ALL, 5).dispose();
      expect(tf.memory().numTensors).toBe(before);
      x.dispose();
    });
  });
}

describe('augmentation draws', () => {
  it('are seeded, within the limits, and whole-pixel shifts', () => {
    const a = drawAugmentations(ALL, 500, 1);
    expect(drawAugmentations(ALL, 500, 1)).toEqual(a);
    expect(a.every((d) => Math.abs(d.angle) <= 20 && Math.abs(d.dx) <= 3 && Number.isInteger(d.dy) && d.contrast >= 0.7 && d.contrast <= 1.3)).toBe(true);
    const flips = a.filter((d) => d.flipH).length;
    expect(flips).toBeGreaterThan(200);
    expect(flips).toBeLessThan(300);
    // every shift value from −3 to 3 occurs
    expect(new Set(a.map((d) => d.dx)).size).toBe(7);
  });

  it('switching a setting off leaves the other draws unchanged', () => {
    const a = drawAugmentations(ALL, 20, 4);
    const b = drawAugmentations({ ...ALL, flipV: false }, 20, 4);
    expect(b.map((d) => d.angle)).toEqual(a.map((d) => d.angle));
  });

  it('the hook is absent when nothing is switched on; settings outside their limits are explained', () => {
    expect(makeAugment(NO_AUGMENTATION)).toBeUndefined();
    expect(makeAugment(ALL)).toBeTypeOf('function');
    expect(augmentSettingsError(ALL)).toBeNull();
    expect(augmentSettingsError({ ...ALL, rotation: 200 })).toMatch(/rotation/);
    expect(augmentSettingsError({ ...ALL, shift: 1.5 })).toMatch(/whole/);
  });
});

describe('a training run with augmentation, dropout and weight decay (the OverfittingLab set-up)', () => {
  it('leaves no tensor behind: the count is the same after a second run as after the first', async () => {
    await ready();
    await tf.setBackend('cpu');
    const { classifierTrainer } = await import('@/lib/compute/training/classifier');
    const { buildNetwork } = await import('@/lib/compute/training/network');
    const { balancedSubset, sliceSet } = await import('@/lib/compute/training/dataset');
    const { overfitSpec, MILD_AUGMENTATION } = await import('@/components/widgets/OverfittingLab/model');
    const { train, test } = await fashion();
    const run = async () => {
      const net = buildNetwork(overfitSpec(true), 1);
      const t = classifierTrainer({ network: net, train: sliceSet(train, balancedSubset(train, 2)), test: sliceSet(test, balancedSubset(test, 2)), optimizer: { kind: 'adam', learningRate: 0.003 }, batchSize: 10, epochs: 1, seed: 1, weightDecay: 0.001, augment: makeAugment(MILD_AUGMENTATION) });
      await t.start();
      expect(t.state).toBe('done');
      t.dispose();
      net.dispose();
    };
    await run();
    const after1 = tf.memory().numTensors;
    await run();
    expect(tf.memory().numTensors).toBe(after1);
  });
});

import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { evaluateMultiTask, multiTaskLoss, multiTaskTrainer, MULTI_TASK_CNN, GROUP_OF_CLASS } from '@/lib/compute/training/multiTask';
import { buildNetwork } from '@/lib/compute/training/network';
import { inferShapes } from '@/lib/compute/training/spec';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { fashion } from './fashionData';

const logSoftmaxAt = (row: number[], k: number) => row[k] - Math.log(row.reduce((s, v) => s + Math.exp(v), 0));

describe('multi-task loss', () => {
  it('is (1 − λ)·CE over the first 10 outputs + λ·CE over the last 4, by hand', async () => {
    await ready();
    const rows = [
      [1, 0, 2, 0, 0, 0, 0, 0, 0, 0.5, 0.2, 1, 0, -1],
      [0, 3, 0, 0, 0, 1, 0, 0, 0, 0, -1, 2, 0.5, 0],
    ];
    const classes = [2, 1];
    const groups = classes.map((c) => GROUP_OF_CLASS[c]);
    const ce = (head: (r: number[]) => number[], t: number[]) => -rows.reduce((s, r, i) => s + logSoftmaxAt(head(r), t[i]), 0) / rows.length;
    const classCe = ce((r) => r.slice(0, 10), classes);
    const groupCe = ce((r) => r.slice(10), groups);
    for (const lambda of [0, 0.3, 1]) {
      const got = tf.tidy(() => multiTaskLoss(tf.tensor2d(rows), tf.tensor1d(classes, 'int32'), tf.tensor1d(groups, 'int32'), lambda).total.dataSync()[0]);
      expect(got).toBeCloseTo((1 - lambda) * classCe + lambda * groupCe, 5);
    }
  });

  it('groups: tops, bottoms, footwear, bags', () => {
    const named = (g: number) => FASHION_CLASSES.filter((_, c) => GROUP_OF_CLASS[c] === g);
    expect(named(1)).toEqual(['Trouser']);
    expect(named(2)).toEqual(['Sandal', 'Sneaker', 'Ankle boot']);
    expect(named(3)).toEqual(['Bag']);
    const r = inferShapes(MULTI_TASK_CNN);
    expect(r.ok && r.output).toEqual([14]);
  });
});

describe('multi-task training on WASM', () => {
  it('the weight λ decides which head learns', async () => {
    await import('@tensorflow/tfjs-backend-wasm');
    expect(await tf.setBackend('wasm')).toBe(true);
    const { train, test } = await fashion();
    const run = async (lambda: number) => {
      const net = buildNetwork(MULTI_TASK_CNN, 1);
      const t = multiTaskTrainer({ network: net, train, optimizer: { kind: 'adam', learningRate: 0.003 }, batchSize: 32, seed: 1, lambda: () => lambda, steps: 120 });
      await t.start();
      const acc = evaluateMultiTask(net, test);
      t.dispose();
      net.dispose();
      return acc;
    };
    const both = await run(0.5);
    const groupOnly = await run(1);
    expect(both.classAccuracy).toBeGreaterThan(0.6);
    expect(both.groupAccuracy).toBeGreaterThan(0.85);
    // λ = 1: the class head gets no gradient and stays near chance (10 %).
    expect(groupOnly.classAccuracy).toBeLessThan(0.3);
    expect(groupOnly.groupAccuracy).toBeGreaterThan(0.85);
  }, 120000);
});

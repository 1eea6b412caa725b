/**
 * The figures the compression lesson quotes about the shared trained classifier, measured on the
 * WASM backend (as in the browser) with the widgets' own settings: accuracy as weights are pruned
 * or quantised, fine-tuning after pruning, and distilled vs alone students.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { evaluate } from '@/lib/compute/training/classifier';
import { balancedSubset, sliceSet, type ImageSet } from '@/lib/compute/training/dataset';
import type { Network } from '@/lib/compute/training/network';
import { evaluateWith, kernelsOf, prunedFineTuner } from '@/lib/compute/compression';
import { distillationTrainer, type DistillationReport } from '@/lib/compute/distillationTraining';
import { maskOf, sparsityOf } from '@/lib/compression/prune';
import { fakeQuantise } from '@/lib/compression/quantise';
import { makePlan, prunedKernels } from '@/components/widgets/PruningExplorer/model';
import { BATCH, DEFAULT_STATE as D, EVAL_EVERY, LEARNING_RATE, STEPS, STUDENT } from '@/components/widgets/DistillationTrainer/state';
import { DEFAULT_STATE as P } from '@/components/widgets/PruningExplorer/state';
import { fashion } from '../training/fashionData';
import { loadTeacher } from './teacher';

let net: Network;
let train: ImageSet;
let test: ImageSet;
let base: number;
const kernels = () => kernelsOf(net);
const plan = () => {
  const w = net.getWeights();
  return makePlan(kernels().map((k) => ({ name: k.name, size: k.size })), kernels().map((k) => w.get(k.name)!));
};
const prunedAcc = (percent: number) => evaluateWith(net, prunedKernels(plan(), percent), test).accuracy;
const quantAcc = (bits: number, g: 'tensor' | 'channel') =>
  evaluateWith(net, new Map(kernels().map((k) => [k.name, fakeQuantise(net.getWeights().get(k.name)!, bits, g, k.channels).weights])), test).accuracy;

beforeAll(async () => {
  await ready();
  await import('@tensorflow/tfjs-backend-wasm');
  await tf.setBackend('wasm');
  ({ train, test } = await fashion());
  const teacher = loadTeacher();
  net = teacher.network;
  base = evaluate(net, test).accuracy;
  expect(base).toBeCloseTo(Number(teacher.header.about.testAccuracy), 3);
}, 120_000);

describe('pruning the trained classifier (global magnitude threshold)', () => {
  it('keeps its accuracy to within one point at 50 % sparsity', () => {
    expect(Math.abs(prunedAcc(50) - base)).toBeLessThanOrEqual(0.01);
  });
  it('loses about three points at the widget’s default 90 %, more past 95 %, and is near chance at 99 %', () => {
    expect(P.sparsity).toBe(90);
    const at90 = prunedAcc(90);
    expect(base - at90).toBeGreaterThanOrEqual(0.02);
    expect(base - at90).toBeLessThanOrEqual(0.04);
    expect(prunedAcc(95)).toBeLessThan(at90 - 0.05);
    expect(prunedAcc(99)).toBeLessThan(0.2);
  });
  it('prunes the big dense layer hardest: at 90 % it loses more than 90 % of its weights, the first conv layer less than half', () => {
    const p = prunedKernels(plan(), 90);
    const s = kernels().map((k) => sparsityOf(p.get(k.name)!));
    expect(s[0]).toBeLessThan(0.5);
    expect(s[2]).toBeGreaterThan(0.9);
    expect(Math.max(...s)).toBe(s[2]);
  });
  it('recovers with 50 batches of fine-tuning at 95 %, the zeros held', () => {
    const kernelsAt95 = prunedKernels(plan(), 95);
    const before = evaluateWith(net, kernelsAt95, test).accuracy;
    const weights = net.getWeights();
    for (const [n, w] of kernelsAt95) weights.set(n, w);
    const tensorsBefore = tf.memory().numTensors;
    const ft = prunedFineTuner({ spec: net.spec, weights, masks: new Map([...kernelsAt95].map(([n, w]) => [n, maskOf(w)])), train, batchSize: 32, seed: P.seed, optimizer: { kind: 'adam', learningRate: 0.001 } });
    for (let b = 0; b < P.batches; b++) ft.step();
    const after = evaluate(ft.network, test).accuracy;
    const tuned = ft.network.getWeights();
    const zerosKept = [...kernelsAt95].every(([n, w]) => w.every((v, i) => v !== 0 || tuned.get(n)![i] === 0));
    ft.dispose();
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    expect(zerosKept).toBe(true);
    expect(after).toBeGreaterThan(before + 0.1);
  }, 120_000);
});

describe('quantising the trained classifier’s kernels', () => {
  it('stays within one point at 8, 6 and 4 bits; at 2 bits falls to chance per tensor, and loses over twenty points per channel', () => {
    const acc = Object.fromEntries([8, 6, 4, 2].map((b) => [b, quantAcc(b, 'tensor')]));
    for (const b of [8, 6, 4]) expect(Math.abs(acc[b] - base)).toBeLessThanOrEqual(0.01);
    expect(acc[2]).toBeLessThan(0.2);
    const perChannel2 = quantAcc(2, 'channel');
    expect(perChannel2).toBeGreaterThan(acc[2] + 0.2);
    expect(perChannel2).toBeLessThan(base - 0.2);
  });
});

async function distil(perClass: number) {
  const subset = sliceSet(train, balancedSubset(train, perClass));
  const reports: DistillationReport[] = [];
  const t = distillationTrainer({ teacher: net, student: STUDENT, train: subset, test, seed: D.seed, temperature: D.temperature, alpha: D.alpha, steps: STEPS, batchSize: BATCH, optimizer: { kind: 'adam', learningRate: LEARNING_RATE }, evalEvery: EVAL_EVERY, onReport: (r) => reports.push(r) });
  await t.start();
  t.dispose();
  const last = reports.at(-1)!;
  expect(last.step).toBe(STEPS);
  return last.distilledAccuracy - last.aloneAccuracy;
}

describe('distillation with the widget’s defaults', () => {
  let gap = 0;
  it('the distilled student ends at least three points above the same student trained alone', async () => {
    gap = await distil(D.perClass);
    expect(gap).toBeGreaterThanOrEqual(0.03);
  }, 300_000);

  it('with ten times more labelled images (100 per class) the gap is smaller', async () => {
    expect(await distil(100)).toBeLessThan(gap);
  }, 300_000);

  it('same settings, same curve; and no tensors left behind from one run to the next', async () => {
    const subset = sliceSet(train, balancedSubset(train, 5));
    const once = async () => {
      const out: number[] = [];
      const t = distillationTrainer({ teacher: net, student: STUDENT, train: subset, test: sliceSet(test, balancedSubset(test, 10)), seed: 7, temperature: 3, alpha: 0.5, steps: 6, batchSize: 16, optimizer: { kind: 'adam', learningRate: 0.01 }, evalEvery: 3, onReport: (r) => out.push(r.distilledAccuracy, r.aloneAccuracy) });
      await t.start();
      t.dispose();
      return out;
    };
    const first = await once();
    const tensors = tf.memory().numTensors;
    const second = await once();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(second).toEqual(first);
  }, 120_000);
});

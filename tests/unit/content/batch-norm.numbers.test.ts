/**
 * Every figure the batch-norm lesson quotes is recomputed here: quiz answers through the compute
 * layer's batch-norm ops (matched to PyTorch), counts from the batch layout, and the widget
 * settings the prose describes from the widget's own defaults and ranges.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as compute from '@/lib/compute';
import { valuesPerChannel, FEATURE_MAP_SIDE } from '@/lib/batchNorm/syntheticBatch';
import { biasedSettlesAt } from '@/components/widgets/BatchNormExplorer/model';
import { BATCH_SIZES, DEFAULT_STATE, EPS_CHOICES, RANGES, trainingImpossible } from '@/components/widgets/BatchNormExplorer/state';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows } from './lessonSource';

beforeAll(compute.ready);

const { tf } = compute;
const src = read('batch-norm');
const quiz = quizzes(src);

/** One training-mode pass of a [N, 1] batch; returns y and the updated running statistics. */
function train(values: number[], gamma: number, beta: number, runningMean: number, runningVar: number, momentum = 0.1, eps = 1e-5) {
  return tf.tidy(() => {
    const r = compute.batchNormTrain(tf.tensor2d(values, [values.length, 1]), tf.tensor1d([gamma]), tf.tensor1d([beta]), tf.tensor1d([runningMean]), tf.tensor1d([runningVar]), { momentum, eps });
    return { y: Array.from(r.y.dataSync()), runningMean: r.runningMean.dataSync()[0], runningVar: r.runningVar.dataSync()[0] };
  });
}

/** All <BatchNormExplorer …/> tags with their attributes as text. */
const allExplorers = [...src.matchAll(/<BatchNormExplorer\b([^>]*)\/>/g)].map((m) => m[1]);
const challengeExplorer = allExplorers.filter((tag) => tag.includes('id="batch-norm-challenge"'));
/** The reading widgets, without the challenge's own copy. */
const explorers = allExplorers.filter((tag) => !challengeExplorer.includes(tag));
const attr = (tag: string, name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|\\{([^}]*)\\})`).exec(tag)?.slice(1).find((v) => v !== undefined);

describe('lesson batch-norm: every figure is computed', () => {
  it('answers the by-hand quiz with the compute layer', () => {
    const q = quiz.get('batch-norm-by-hand')!;
    shows(q.text, 'values 1, 1, 3 and 3');
    shows(q.text, '$\\gamma = 2$ and $\\beta = 0.5$');
    const { y } = train([1, 1, 3, 3], 2, 0.5, 0, 1);
    expect(Math.abs(y[2] - q.answer)).toBeLessThanOrEqual(0.01);
    shows(q.text, 'mean is (1 + 1 + 3 + 3)/4 = 2');
  });

  it('counts the values behind one channel mean and the learned parameters', () => {
    const q = quiz.get('batch-norm-values-per-channel')!;
    expect(q.answer).toBe(32 * 56 * 56);
    shows(q.text, 'A batch of 32 images');
    shows(q.text, '56 × 56 with 64 channels');
    shows(q.text, `32 · 56 · 56 = ${fmt(32 * 56 * 56)}`);
    // One γ and one β per channel.
    const channels = 64;
    expect(quiz.get('batch-norm-parameters')!.answer).toBe(2 * channels);
    shows(quiz.get("batch-norm-parameters")!.text, `2 · 64 = ${2 * channels}`);
  });

  it('updates the running mean in the quiz as PyTorch does', () => {
    const q = quiz.get('batch-norm-running-mean')!;
    const first = train([3, 5], 1, 0, 0, 1); // batch mean 4
    const second = train([3, 5], 1, 0, first.runningMean, first.runningVar);
    expect(first.runningMean).toBeCloseTo(0.4, 6);
    expect(Math.abs(second.runningMean - q.answer)).toBeLessThanOrEqual(0.001);
    shows(q.text, `0.9 · 0.4 + 0.1 · 4 = 0.36 + 0.4 = ${q.answer}`);
    shows(q.text, `0.9² = ${(0.9 ** 2).toFixed(2)}`);
  });

  it('quotes how fast the running average forgets its start', () => {
    // Batches of mean 0 from a running mean of 1: what is left is the start's weight (1 − ρ)^k.
    const weightAfter = (k: number) => {
      let running = 1;
      for (let i = 0; i < k; i++) running = train([-1, 1], 1, 0, running, 1).runningMean;
      return running;
    };
    expect(weightAfter(10).toFixed(2)).toBe('0.35');
    shows(src, 'about 0.35 after 10 batches');
    expect(weightAfter(50)).toBeLessThan(0.01);
    shows(src, 'less than 0.01 after 50');
  });

  it("treats the notes' momentum 0.9 (weight of the old value) as PyTorch's 0.1", () => {
    const old = 2.5;
    const batchMean = 4; // of [3, 5]
    const notesRule = 0.9 * old + (1 - 0.9) * batchMean; // moving = momentum * moving + (1 - momentum) * mean
    expect(train([3, 5], 1, 0, old, 1, 0.1).runningMean).toBeCloseTo(notesRule, 6);
    shows(src, 'A momentum of 0.9 in that code is PyTorch\'s 0.1');
    shows(src, '`momentum` is the weight of the *new* batch (0.1)');
    expect(DEFAULT_STATE.momentum).toBe(0.1);
  });

  it('says the biased rule would settle at half the variance for m = 2, and the running variance uses m/(m − 1)', () => {
    expect(biasedSettlesAt(4, 2)).toBe(2);
    shows(src, 'With $m = 2$ the running variance would settle at half the true value');
    // Unbiased in the update: a batch [3, 5] has biased variance 1 and unbiased 2.
    expect(train([3, 5], 1, 0, 0, 0, 1).runningVar).toBeCloseTo(2, 6);
  });

  it("describes the widgets' settings as they are", () => {
    expect(explorers).toHaveLength(3);
    // The challenge's widget: the defaults, so channel 1 arrives with mean 3 and standard deviation 2.
    expect(challengeExplorer).toEqual([' id="batch-norm-challenge" ']);
    shows(src, `Channel 1's activations arrive with a mean near ${DEFAULT_STATE.mean[0]} and a standard deviation near ${DEFAULT_STATE.spread[0]}`);
    // First widget: the defaults; 8 images of 4 × 4 maps.
    expect(explorers[0].replace(/\s*id="[^"]+"\s*/, '').trim()).toBe('');
    const m = valuesPerChannel(DEFAULT_STATE.layer, DEFAULT_STATE.batchSize);
    shows(src, `$N = ${DEFAULT_STATE.batchSize}$ images with a ${FEATURE_MAP_SIDE} × ${FEATURE_MAP_SIDE} map per channel`);
    shows(src, `${DEFAULT_STATE.batchSize} × ${FEATURE_MAP_SIDE} × ${FEATURE_MAP_SIDE} = ${m} values`);
    expect(DEFAULT_STATE.eps).toBe(1e-5);
    shows(src, "PyTorch's default is $\\epsilon = 10^{-5}$");
    // "Set the spread to 0.1 and ε to 0.1. The variance, 0.01, …"
    expect(RANGES.spread.min).toBe(0.1);
    expect(EPS_CHOICES).toContain(0.1);
    shows(src, `Set the spread to ${RANGES.spread.min} and $\\epsilon$ to 0.1. The variance, ${(RANGES.spread.min ** 2).toFixed(2)}`);
    // Second: skewed activations; third: a fully connected layer with a batch of 2.
    expect(attr(explorers[1], 'shape')).toBe('skewed');
    expect(attr(explorers[2], 'layer')).toBe('fc');
    expect(Number(attr(explorers[2], 'batchSize'))).toBe(2);
    expect(BATCH_SIZES).toContain(64);
    expect(BATCH_SIZES).toContain(1);
    expect(trainingImpossible({ layer: 'fc', batchSize: 1 })).toBe(true);
    shows(src, `one image still gives each channel ${valuesPerChannel('conv', 1)} values`);
  });

  it('has at least four quizzes with slug-prefixed ids, every numeric one checked above', () => {
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const q of quiz.values()) {
      expect(q.id.startsWith('batch-norm-')).toBe(true);
      // A parameterised question's worked solution comes from its generator instead.
      if (!/\bgenerator="/.test(q.text)) expect(q.text).toMatch(/explanation="[^"]+"/);
    }
    // Parameterised questions (generator=…) are checked over many students by tests/unit/quiz/answerKeys.test.ts.
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !/\bgenerator="/.test(q.text)).map((q) => q.id);
    expect(numeric.sort()).toEqual(['batch-norm-by-hand', 'batch-norm-parameters', 'batch-norm-running-mean', 'batch-norm-values-per-channel']);
  });

  it('writes no other large figure', () => {
    onlyAllowedBigNumbers(src, [32 * 56 * 56]);
  });
});

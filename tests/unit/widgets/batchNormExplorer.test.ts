/**
 * BatchNormExplorer's numbers: the model's passes against PyTorch's golden vectors, its view
 * against batch norm recomputed here in plain float64 arithmetic, and the behaviour the lesson
 * describes (running averages converge, the unbiased rule, small batches, the impossible batch).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as compute from '@/lib/compute';
import { batchShape, channelValues, drawBatch, valuesPerChannel } from '@/lib/batchNorm/syntheticBatch';
import { advance, biasedSettlesAt, evalPass, explorerView, trainPass, type ExplorerParams } from '@/components/widgets/BatchNormExplorer/model';
import { DEFAULT_STATE, schema, trainingImpossible } from '@/components/widgets/BatchNormExplorer/state';
import { ISSUES } from '@/components/widgets/BatchNormExplorer/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { stepTex, texNum } from '@/components/widgets/BatchNormExplorer/tex';
import type { GoldenCase } from '../compute/golden-helpers';

beforeAll(compute.ready);

const { channel: _c, mode: _m, ...defaults } = DEFAULT_STATE;
const golden = (name: string) => JSON.parse(readFileSync(new URL(`../../golden/${name}.json`, import.meta.url), 'utf8')) as GoldenCase;

function expectClose(got: ArrayLike<number>, want: number[], { abs, rel }: { abs: number; rel: number }) {
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => expect(Math.abs(got[i] - w), `entry ${i}: ${got[i]} vs ${w}`).toBeLessThanOrEqual(abs + rel * Math.abs(w)));
}

/** Batch norm of one channel in float64, straight from the definitions. */
function reference(xs: number[], gamma: number, beta: number, eps: number) {
  const m = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / m;
  const biased = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / m;
  return { mean, biased, unbiased: (biased * m) / (m - 1), y: xs.map((x) => (gamma * (x - mean)) / Math.sqrt(biased + eps) + beta) };
}

describe('the passes the widget uses match PyTorch (golden vectors)', () => {
  it('training mode: output, batch statistics and the running update (unbiased variance)', () => {
    const g = golden('batch_norm_train_conv');
    const i = g.inputs;
    const r = trainPass(compute, Float32Array.from(i.x.data), i.x.shape, {
      gamma: i.gamma.data, beta: i.beta.data, runningMean: i.running_mean.data, runningVar: i.running_var.data,
      eps: g.attrs.eps as number, momentum: g.attrs.momentum as number,
    });
    expectClose(r.y, g.outputs.y.data, g.tolerance);
    expectClose(r.batchMean, g.outputs.batch_mean.data, g.tolerance);
    expectClose(r.batchVar, g.outputs.batch_var.data, g.tolerance);
    expectClose(r.runningMean, g.outputs.running_mean.data, g.tolerance);
    expectClose(r.runningVar, g.outputs.running_var.data, g.tolerance);
  });
  it('inference mode: normalised with the running statistics', () => {
    const g = golden('batch_norm_eval_conv');
    const i = g.inputs;
    const r = evalPass(compute, Float32Array.from(i.x.data), i.x.shape, {
      gamma: i.gamma.data, beta: i.beta.data, runningMean: i.running_mean.data, runningVar: i.running_var.data, eps: g.attrs.eps as number,
    });
    expectClose(r.y, g.outputs.y.data, g.tolerance);
  });
});

describe('explorerView', () => {
  const p: ExplorerParams = { ...defaults, gamma: [1.5, 0.8], beta: [0.5, -1], runningMean: [0.7, -0.2], runningVar: [2.5, 0.4], eps: 0.1 };
  const shape = batchShape(p);
  const x = drawBatch({ ...p, index: p.steps });

  it('computes the four steps and the update as the definitions say, per channel over N·H·W values', () => {
    const view = explorerView(compute, p);
    expect(view.valuesPerChannel).toBe(8 * 4 * 4);
    for (const c of [0, 1]) {
      const xs = channelValues(x, shape, c);
      const want = reference(xs, p.gamma[c], p.beta[c], p.eps);
      const t = view.channels[c].train!;
      expect(t.batchMean).toBeCloseTo(want.mean, 4);
      expect(t.batchVar).toBeCloseTo(want.biased, 3);
      expect(t.unbiasedVar).toBeCloseTo(want.unbiased, 3);
      expect(t.probeY).toBeCloseTo(want.y[0], 4);
      expect(t.probeXHat).toBeCloseTo((xs[0] - want.mean) / Math.sqrt(want.biased + p.eps), 4);
      expect(t.summary.mean).toBeCloseTo(p.beta[c], 4); // training output has mean β exactly
      expect(t.nextRunningMean).toBeCloseTo(0.9 * p.runningMean[c] + 0.1 * want.mean, 4);
      expect(t.nextRunningVar).toBeCloseTo(0.9 * p.runningVar[c] + 0.1 * want.unbiased, 3);
      const ev = view.channels[c].eval;
      expect(ev.probeY).toBeCloseTo((p.gamma[c] * (xs[0] - p.runningMean[c])) / Math.sqrt(p.runningVar[c] + p.eps) + p.beta[c], 4);
      expect(ev.passRelu).toBeCloseTo(xs.filter((v) => (v - p.runningMean[c]) * p.gamma[c] / Math.sqrt(p.runningVar[c] + p.eps) + p.beta[c] > 0).length / xs.length, 10);
      // Histograms hold every value.
      for (const h of [view.channels[c].input.hist, t.hist, ev.hist]) expect(h.counts.reduce((a, b) => a + b, 0)).toBe(128);
    }
  });

  it('leaves no tensor behind', () => {
    explorerView(compute, p);
    const before = compute.tf.memory().numTensors;
    for (let k = 0; k < 20; k++) explorerView(compute, { ...p, gamma: [1 + k / 10, 1] });
    advance(compute, p, 5);
    expect(compute.tf.memory().numTensors).toBe(before);
  });

  it('with two samples after a fully connected layer, every normalised value is about ±1', () => {
    const fc = { ...p, layer: 'fc' as const, batchSize: 2, eps: 1e-5 };
    const xs = channelValues(drawBatch({ ...fc, index: 0 }), batchShape(fc), 0);
    const half = Math.abs(xs[0] - xs[1]) / 2;
    const t = explorerView(compute, fc).channels[0].train!;
    expect(Math.abs(t.probeXHat)).toBeCloseTo(half / Math.sqrt(half * half + 1e-5), 4);
    expect(t.summary.sd).toBeCloseTo(fc.gamma[0] * (half / Math.sqrt(half * half + 1e-5)), 3);
  });

  it('refuses training mode with one value per channel, as PyTorch does, and still runs inference', () => {
    expect(trainingImpossible({ layer: 'fc', batchSize: 1 })).toBe(true);
    expect(trainingImpossible({ layer: 'conv', batchSize: 1 })).toBe(false); // 16 values per channel
    const view = explorerView(compute, { ...p, layer: 'fc', batchSize: 1 });
    expect(view.trainImpossible).toBe(true);
    expect(view.channels[0].train).toBeNull();
    expect(view.channels[0].eval.hist.counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(() => advance(compute, { ...p, layer: 'fc', batchSize: 1 }, 1)).toThrow(/two values/);
    expect(() => compute.batchNormTrain(compute.tf.zeros([1, 2]), compute.tf.ones([2]), compute.tf.zeros([2]), compute.tf.zeros([2]), compute.tf.ones([2]))).toThrow();
  });
});

describe('running statistics, batch after batch', () => {
  it('each step feeds the next: advance(2) equals advance(1) twice', () => {
    const one = advance(compute, defaults, 1);
    const two = advance(compute, { ...defaults, ...one }, 1);
    const both = advance(compute, defaults, 2);
    expect(both.steps).toBe(2);
    both.runningMean.forEach((v, c) => expect(v).toBeCloseTo(two.runningMean[c], 6));
    both.runningVar.forEach((v, c) => expect(v).toBeCloseTo(two.runningVar[c], 6));
  });

  it('converge on the population mean and variance (conv, N = 64, momentum 0.1)', () => {
    const r = advance(compute, { ...defaults, batchSize: 64 }, 150);
    defaults.mean.forEach((mu, c) => expect(Math.abs(r.runningMean[c] - mu)).toBeLessThan(0.1 * defaults.spread[c]));
    defaults.spread.forEach((sd, c) => expect(r.runningVar[c] / (sd * sd)).toBeCloseTo(1, 1));
  });

  it('after k batches from a fixed start, the start keeps weight (1 − ρ)^k', () => {
    // Constant data (spread tiny) makes every batch mean equal the population mean μ.
    const flat = { ...defaults, spread: [0.1, 0.1], momentum: 0.1 };
    const r = advance(compute, flat, 10);
    const batchMeans = r.history.map((h) => h.batchMean[0]);
    // Exactly the recurrence, from the batch means the compute layer produced.
    const want = batchMeans.reduce((run, mu) => 0.9 * run + 0.1 * mu, 0);
    expect(r.runningMean[0]).toBeCloseTo(want, 4);
    expect(r.runningMean[0] / 3).toBeCloseTo(1 - 0.9 ** 10, 1);
  });

  it('use the unbiased variance: with N = 2 its average is σ², the biased one would settle at σ²/2', () => {
    const fc = { ...defaults, layer: 'fc' as const, batchSize: 2 };
    const m = valuesPerChannel('fc', 2);
    const r = advance(compute, fc, 1500);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const sigma2 = defaults.spread[0] ** 2;
    expect(Math.abs(avg(r.history.map((h) => h.unbiasedVar[0])) - sigma2)).toBeLessThan(0.6);
    expect(Math.abs(avg(r.history.map((h) => h.runningVar[0])) - sigma2)).toBeLessThan(0.6);
    expect(biasedSettlesAt(sigma2, m)).toBe(sigma2 / 2);
  });

  it('small batches make training and inference disagree more than large ones', () => {
    const gap = (layer: 'fc' | 'conv', batchSize: number) => {
      const q = { ...defaults, layer, batchSize };
      const trained = advance(compute, q, 100);
      const gaps = [0, 1, 2, 3, 4].map((k) => explorerView(compute, { ...q, ...trained, steps: trained.steps + k }).channels[0].modeGap!);
      return gaps.reduce((a, b) => a + b, 0) / gaps.length;
    };
    expect(gap('fc', 2)).toBeGreaterThan(3 * gap('conv', 64));
  });
});

describe('the steps in TeX', () => {
  it('quote the computed numbers, with negative factors in parentheses', () => {
    const p = { ...defaults, beta: [-0.5, 0] };
    const view = explorerView(compute, p);
    const ch = view.channels[0];
    const t = stepTex({ view: ch, m: 128, gamma: 1, beta: -0.5, eps: 1e-5, momentum: 0.1, runningMean: 0, runningVar: 1, mode: 'train' });
    expect(t.steps[0]).toContain(`= ${texNum(ch.train!.batchMean)}`);
    expect(t.steps[2]).toContain('10^{-5}');
    expect(t.steps[3]).toContain(`- 0.50 = ${texNum(ch.train!.probeY)}`);
    expect(t.update![1]).toContain('\\tfrac{128}{127}');
    expect(t.update![1]).toContain(`= ${texNum(ch.train!.nextRunningVar)}`);
    const e = stepTex({ view: ch, m: 128, gamma: -1, beta: 0, eps: 0.1, momentum: 0.1, runningMean: -2, runningVar: 3, mode: 'eval' });
    expect(e.update).toBeNull();
    expect(e.steps[2]).toContain(`${texNum(ch.input.probe)} + 2.000`);
    expect(e.steps[3]).toContain('(-1.00)');
    expect(texNum(-0.0001)).toBe('0.000');
  });
});

describe('shared-link parser', () => {
  it('accepts a full valid state', () => {
    expect(schema.parse({ ...DEFAULT_STATE, steps: 12, runningMean: [2.5, -0.9], runningVar: [3.7, 0.2] })).toEqual({
      state: { ...DEFAULT_STATE, steps: 12, runningMean: [2.5, -0.9], runningVar: [3.7, 0.2] },
      issues: [],
    });
  });
  it.each([
    [null, /object/, { field: '', code: 'not-object' }],
    [{ batchSize: 3 }, /batchSize must be one of 1, 2, 4/, { field: 'batchSize' }],
    [{ layer: 'lstm' }, /layer/, { field: 'layer' }],
    [{ mean: [1] }, /mean has the wrong number of entries/, { field: 'mean', code: 'bad-list', options: [2] }],
    [{ spread: [0, 1] }, /spread, entry 1: must be between 0.1 and 5/, { field: 'spread', code: 'bad-item', index: 0, min: 0.1 }],
    [{ gamma: [1, 'x'] }, /gamma/, { field: 'gamma' }],
    [{ momentum: 1.5 }, /momentum/, { field: 'momentum' }],
    [{ eps: 0 }, /eps must be one of/, { field: 'eps' }],
    [{ runningVar: [1, 0] }, /positive/, { field: 'runningVar', index: 1 }],
    [{ runningVar: [1, -2] }, /positive/, { field: 'runningVar', index: 1 }],
    [{ steps: 2.5 }, /whole number/, { field: 'steps' }],
    [{ channel: 2 }, /channel/, { field: 'channel' }],
    [{ colour: 'red' }, /colour: unknown setting/, { field: 'colour', code: 'invalid', detail: 'unknown-setting' }],
  ])('rejects %o', (raw, message, issue) => {
    const r = schema.parse(raw);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.issues).toMatchObject([issue]);
    expect(issuesText(r.issues, ISSUES)).toMatch(message);
  });
  it('reports bad MDX props and starts from the defaults', () => {
    expect(schema.fromProps({ batchSize: 5 })).toMatchObject({ state: DEFAULT_STATE, issues: [{ field: 'batchSize' }] });
    expect(schema.fromProps({ layer: 'fc', batchSize: 2 })).toEqual({ state: { ...DEFAULT_STATE, layer: 'fc', batchSize: 2 }, issues: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { buildNetwork } from '@/lib/compute/training/network';
import { classifierTrainer } from '@/lib/compute/training/classifier';
import { inferShapes, SMALL_CNN, type NetworkSpec } from '@/lib/compute/training/spec';
import { balancedSubset, sliceSet } from '@/lib/compute/training/dataset';
import { createLoop } from '@/lib/compute/training/loop';
import { fashion } from './fashionData';

describe('network specs', () => {
  it('counts the small CNN layer by layer (k·k·Cin·Cout + Cout per conv, in·out + out per dense)', () => {
    const r = inferShapes(SMALL_CNN);
    if (!r.ok) throw new Error(r.error);
    expect(r.layers.map((l) => l.output)).toEqual([[28, 28, 8], [28, 28, 8], [14, 14, 8], [14, 14, 16], [14, 14, 16], [7, 7, 16], [784], [10]]);
    expect(r.params).toBe(3 * 3 * 1 * 8 + 8 + (3 * 3 * 8 * 16 + 16) + (7 * 7 * 16 * 10 + 10));
  });

  it('agrees with the variables the network actually creates, for every layer type', async () => {
    await ready();
    const spec: NetworkSpec = {
      input: [12, 12, 1],
      layers: [
        { type: 'conv', filters: 4, kernel: 3, stride: 1, padding: 'valid' },
        { type: 'batchNorm' },
        { type: 'activation', fn: 'leakyRelu' },
        { type: 'residual', filters: 6, stride: 2 },
        { type: 'depthwiseSeparable', filters: 8, kernel: 3 },
        { type: 'pool', mode: 'avg', size: 2 },
        { type: 'dropout', rate: 0.5 },
        { type: 'globalAvgPool' },
        { type: 'dense', units: 3 },
      ],
    };
    const r = inferShapes(spec);
    if (!r.ok) throw new Error(r.error);
    const net = buildNetwork(spec, 7);
    expect(net.params.reduce((n, p) => n + p.variable.size, 0)).toBe(r.params);
    const out = net.apply(tf.zeros([2, 12, 12, 1]) as tf.Tensor4D, { training: false });
    expect(out.shape).toEqual([2, 3]);
    const acts = net.activations(tf.zeros([1, 12, 12, 1]) as tf.Tensor4D);
    expect(acts.map((a) => a.shape.slice(1))).toEqual(r.layers.map((l) => l.output));
    tf.dispose([out, ...acts]);
    net.dispose();
  });

  it('says which layer does not fit and why', () => {
    const bad = (layers: NetworkSpec['layers']) => inferShapes({ input: [28, 28, 1], layers });
    expect(bad([{ type: 'dense', units: 10 }])).toMatchObject({ ok: false, index: 0, error: expect.stringMatching(/flatten/) });
    expect(bad([{ type: 'flatten' }, { type: 'conv', filters: 4, kernel: 3 }])).toMatchObject({ ok: false, index: 1 });
    expect(bad([{ type: 'conv', filters: 4, kernel: 11, padding: 'valid' }, { type: 'conv', filters: 4, kernel: 11, padding: 'valid' }, { type: 'conv', filters: 4, kernel: 11, padding: 'valid' }])).toMatchObject({ ok: false, index: 2, error: expect.stringMatching(/does not fit in the 8×8 map/) });
    expect(bad([{ type: 'pool', mode: 'max', size: 2 }, { type: 'dropout', rate: 1 }])).toMatchObject({ ok: false, index: 1 });
  });
});

describe('classifier training on Fashion-MNIST', () => {
  it('is reproducible: the same seed gives the same losses, another seed different ones', async () => {
    await ready();
    const { train } = await fashion();
    const small = sliceSet(train, balancedSubset(train, 10));
    const run = async (seed: number) => {
      const net = buildNetwork(SMALL_CNN, seed);
      const losses: number[] = [];
      const t = classifierTrainer({ network: net, train: small, optimizer: { kind: 'sgd', learningRate: 0.05, momentum: 0.9 }, batchSize: 20, epochs: 2, seed, onBatch: (r) => losses.push(r.loss) });
      await t.start();
      t.dispose();
      net.dispose();
      return losses;
    };
    const a = await run(1);
    expect(a).toHaveLength(10);
    expect(await run(1)).toEqual(a);
    expect(await run(2)).not.toEqual(a);
  });

  it('keeps the number of live tensors flat across epochs (BN, dropout, weight decay, augmentation)', async () => {
    await ready();
    const { train } = await fashion();
    const small = sliceSet(train, balancedSubset(train, 6));
    const spec: NetworkSpec = { input: [28, 28, 1], layers: [{ type: 'conv', filters: 4, kernel: 3 }, { type: 'batchNorm' }, { type: 'activation', fn: 'relu' }, { type: 'pool', mode: 'max', size: 2 }, { type: 'dropout', rate: 0.3 }, { type: 'flatten' }, { type: 'dense', units: 10 }] };
    const net = buildNetwork(spec, 1);
    const counts: number[] = [];
    const t = classifierTrainer({
      network: net, train: small, test: small, optimizer: { kind: 'adam', learningRate: 0.01 }, batchSize: 20, epochs: 4, seed: 1, weightDecay: 1e-4,
      augment: (x) => tf.reverse(x, 2),
      onEpoch: () => counts.push(tf.memory().numTensors),
    });
    await t.start();
    expect(counts).toHaveLength(4);
    expect(new Set(counts.slice(1)).size).toBe(1);
    t.dispose();
    net.dispose();
  });

  it('folds batch statistics into running statistics with PyTorch’s rule (momentum 0.1, unbiased variance)', async () => {
    await ready();
    const net = buildNetwork({ input: [1, 1, 2], layers: [{ type: 'batchNorm' }, { type: 'flatten' }, { type: 'dense', units: 2 }] }, 1);
    const x = tf.tensor4d([1, 10, 2, 20, 3, 30, 6, 40], [4, 1, 1, 2]);
    net.apply(x, { training: true, seed: 1 });
    net.commitBatchStatistics();
    const w = net.getWeights();
    // channel 0: mean 3, unbiased var ((4+1+0+9)/3) = 14/3; channel 1: mean 25, unbiased var 500/3.
    expect(Array.from(w.get('0.runningMean')!)).toEqual([expect.closeTo(0.3, 5), expect.closeTo(2.5, 5)]);
    expect(Array.from(w.get('0.runningVar')!)).toEqual([expect.closeTo(0.9 + 0.1 * 14 / 3, 4), expect.closeTo(0.9 + 0.1 * 500 / 3, 3)]);
    net.dispose();
  });

  it('trains only the weights it is told to (a frozen trunk stays exactly the same)', async () => {
    await ready();
    const { train } = await fashion();
    const small = sliceSet(train, balancedSubset(train, 4));
    const net = buildNetwork(SMALL_CNN, 5);
    const before = net.getWeights();
    const t = classifierTrainer({ network: net, train: small, optimizer: { kind: 'adam', learningRate: 0.01 }, batchSize: 20, epochs: 1, seed: 5, trainable: (n) => n.startsWith('7.') });
    await t.start();
    const after = net.getWeights();
    expect(after.get('0.kernel')).toEqual(before.get('0.kernel'));
    expect(after.get('7.kernel')).not.toEqual(before.get('7.kernel'));
    t.dispose();
    net.dispose();
  });
});

describe('the training loop', () => {
  it('pauses between steps, resumes where it left off, and stops', async () => {
    const done: number[] = [];
    const loop = createLoop({
      step: (s) => {
        done.push(s);
        if (s === 10) loop.pause(); // as a reader's click would, between two steps
        return s < 99;
      },
      sliceMs: 0,
    });
    const finished = loop.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(loop.state).toBe('paused');
    expect(done).toHaveLength(11);
    loop.resume();
    await finished;
    expect(loop.state).toBe('done');
    expect(done).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('reports a failing step as failed, with the error', async () => {
    let error: unknown;
    const loop = createLoop({ step: () => { throw new Error('boom'); }, onState: (s, e) => s === 'failed' && (error = e) });
    await loop.start();
    expect(loop.state).toBe('failed');
    expect(String(error)).toMatch(/boom/);
  });
});

describe('model files', () => {
  it('round-trip a network exactly, and refuse a damaged file in words', async () => {
    const { encodeWeights, decodeWeights } = await import('@/lib/compute/training/weightsFile');
    await ready();
    const net = buildNetwork(SMALL_CNN, 11);
    const w = net.getWeights();
    const bytes = encodeWeights(SMALL_CNN, w, { script: 'test', seed: 11 });
    const back = decodeWeights(bytes);
    expect(back.header.spec).toEqual(SMALL_CNN);
    expect([...back.weights.keys()]).toEqual([...w.keys()]);
    for (const [k, v] of w) expect(back.weights.get(k)).toEqual(v);
    const copy = buildNetwork(SMALL_CNN, 99);
    copy.setWeights(back.weights);
    const x = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
    expect(copy.apply(x, { training: false }).arraySync()).toEqual(net.apply(x, { training: false }).arraySync());
    expect(() => decodeWeights(bytes.subarray(0, bytes.length - 4))).toThrow(/damaged/);
    expect(() => decodeWeights(new Uint8Array(16))).toThrow(/damaged/);
    net.dispose();
    copy.dispose();
  });
});

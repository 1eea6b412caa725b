import { describe, expect, it } from 'vitest';
import { tf, ready } from '@/lib/compute/tf';
import { buildNetwork } from '@/lib/compute/training/network';
import { inferShapes, type NetworkSpec } from '@/lib/compute/training/spec';
import { mulberry32 } from '@/lib/random/prng';

const seNet = (reduction: number, channels = 12): NetworkSpec => ({
  input: [6, 5, 2],
  layers: [
    { type: 'conv', filters: channels, kernel: 3 },
    { type: 'squeezeExcite', reduction },
    { type: 'spatialAttention', kernel: 3 },
    { type: 'globalAvgPool' },
    { type: 'dense', units: 3 },
  ],
});

const input = (n: number, seed: number) => {
  const next = mulberry32(seed);
  return tf.tensor4d(Array.from({ length: n * 60 }, () => next() * 2 - 1), [n, 6, 5, 2]);
};

describe('squeezeExcite and spatialAttention layers: shapes and parameter counts', () => {
  it('SE keeps the map shape and has 2C²/r weights plus C/r + C biases', () => {
    for (const [c, r] of [[12, 4], [16, 4], [64, 16], [12, 5]]) {
      const shapes = inferShapes(seNet(r, c));
      expect(shapes.ok).toBe(true);
      if (!shapes.ok) return;
      const hidden = Math.floor(c / r);
      expect(shapes.layers[1].output).toEqual([6, 5, c]);
      expect(shapes.layers[1].params).toBe(2 * c * hidden + hidden + c);
      if (c % r === 0) expect(shapes.layers[1].params).toBe((2 * c * c) / r + c / r + c);
      expect(shapes.layers[2].output).toEqual([6, 5, c]);
      expect(shapes.layers[2].params).toBe(9 * c + 1);
    }
  });

  it('explains impossible settings in words', () => {
    const bad = (layers: NetworkSpec['layers']) => {
      const r = inferShapes({ input: [6, 6, 1], layers });
      return r.ok ? '' : r.error;
    };
    expect(bad([{ type: 'conv', filters: 4, kernel: 3 }, { type: 'squeezeExcite', reduction: 8 }])).toMatch(/at most 4/);
    expect(bad([{ type: 'flatten' }, { type: 'squeezeExcite', reduction: 2 }])).toMatch(/feature map/);
    expect(bad([{ type: 'conv', filters: 4, kernel: 3 }, { type: 'spatialAttention', kernel: 4 }])).toMatch(/odd/);
  });

  it('builds variables with the counted sizes, and the forward pass is what the formula says', async () => {
    await ready();
    const spec = seNet(4);
    const net = buildNetwork(spec, 5);
    const shapes = inferShapes(spec);
    if (!shapes.ok) throw new Error(shapes.error);
    expect(net.params.reduce((n, p) => n + p.variable.size, 0)).toBe(shapes.params);
    const x = input(2, 9);
    const acts = net.activations(x);
    // Recompute SE from the weights: s = σ(W₂ ReLU(W₁ GAP(u) + b₁) + b₂), out = s·u.
    const w = net.getWeights();
    const u = acts[0];
    const s = tf.tidy(() => {
      const z = tf.mean(u, [1, 2]);
      const h = tf.relu(tf.add(tf.matMul(z as tf.Tensor2D, tf.tensor2d(w.get('1.squeeze.kernel')!, [12, 3])), tf.tensor1d(w.get('1.squeeze.bias')!)));
      return tf.sigmoid(tf.add(tf.matMul(h as tf.Tensor2D, tf.tensor2d(w.get('1.excite.kernel')!, [3, 12])), tf.tensor1d(w.get('1.excite.bias')!)));
    });
    const expected = tf.mul(u, tf.reshape(s, [2, 1, 1, 12]));
    expect(tf.max(tf.abs(tf.sub(acts[1], expected))).dataSync()[0]).toBeLessThan(1e-6);
    // Residual spatial attention: every output is the input times 1 + M with M in (0, 1).
    const ratio = tf.div(acts[2], acts[1]).dataSync();
    const finite = Array.from(ratio).filter((r) => Number.isFinite(r));
    expect(Math.min(...finite)).toBeGreaterThan(1);
    expect(Math.max(...finite)).toBeLessThan(2);
    tf.dispose([...acts, x, s, expected]);
    net.dispose();
  });

  it('a mask-only spatial layer (residual: false) scales by M alone, in (0, 1)', async () => {
    await ready();
    const spec: NetworkSpec = { input: [6, 5, 2], layers: [{ type: 'conv', filters: 4, kernel: 3 }, { type: 'spatialAttention', kernel: 1, residual: false }] };
    const net = buildNetwork(spec, 2);
    const x = input(1, 3);
    const acts = net.activations(x);
    const ratio = Array.from(tf.div(acts[1], acts[0]).dataSync()).filter((r) => Number.isFinite(r));
    expect(Math.min(...ratio)).toBeGreaterThan(0);
    expect(Math.max(...ratio)).toBeLessThan(1);
    tf.dispose([...acts, x]);
    net.dispose();
  });
});

/** Gradient of a fixed loss with respect to every weight, as plain arrays. */
function gradients(spec: NetworkSpec) {
  const net = buildNetwork(spec, 11);
  const x = input(3, 4);
  const labels = tf.oneHot(tf.tensor1d([0, 2, 1], 'int32'), 3);
  const { grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(labels, net.apply(x, { training: false })) as tf.Scalar, net.params.map((p) => p.variable));
  const out = new Map(net.params.map((p) => [p.name, Array.from(grads[p.variable.name].dataSync())]));
  tf.dispose([x, labels, ...Object.values(grads)]);
  net.dispose();
  return out;
}

describe('gradients through the attention layers', () => {
  it('match a finite difference on the CPU backend', async () => {
    await ready();
    const spec = seNet(4);
    const g = gradients(spec);
    const net = buildNetwork(spec, 11);
    const x = input(3, 4);
    const labels = tf.oneHot(tf.tensor1d([0, 2, 1], 'int32'), 3);
    const loss = () => tf.tidy(() => tf.losses.softmaxCrossEntropy(labels, net.apply(x, { training: false })).dataSync()[0]);
    const w = net.getWeights();
    for (const [name, index] of [['1.squeeze.kernel', 5], ['1.excite.kernel', 7], ['1.excite.bias', 3], ['2.mask.kernel', 10], ['2.mask.bias', 0], ['0.kernel', 20]] as const) {
      const eps = 1e-2;
      const original = Float32Array.from(w.get(name)!);
      const plus = Float32Array.from(original);
      plus[index] += eps;
      net.setWeights(new Map([[name, plus]]));
      const up = loss();
      const minus = Float32Array.from(original);
      minus[index] -= eps;
      net.setWeights(new Map([[name, minus]]));
      const down = loss();
      net.setWeights(new Map([[name, original]]));
      expect((up - down) / (2 * eps), name).toBeCloseTo(g.get(name)![index], 3);
    }
    tf.dispose([x, labels]);
    net.dispose();
  });

  it('run on the WASM backend (every kernel they need exists there) and equal the CPU gradients', async () => {
    await ready();
    const spec = seNet(4);
    const cpu = gradients(spec);
    await import('@tensorflow/tfjs-backend-wasm');
    expect(await tf.setBackend('wasm')).toBe(true);
    const wasm = gradients(spec);
    await tf.setBackend('cpu');
    for (const [name, g] of cpu) {
      const other = wasm.get(name)!;
      expect(other.length).toBe(g.length);
      expect(Math.max(...g.map((v, i) => Math.abs(v - other[i]))), name).toBeLessThan(1e-4);
      expect(g.some((v) => v !== 0), `${name} gets a gradient`).toBe(true);
    }
  });
});

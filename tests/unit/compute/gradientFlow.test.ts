/**
 * The GradientFlow model: one small case against backpropagation written out by hand in float64,
 * and the behaviour the lesson claims (a plain sigmoid stack loses its gradient, a residual one keeps it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ready, tf } from '@/lib/compute';
import { degradationTrainer } from '@/lib/compute/degradationTraining';
import { flowParameters, gradientFlow, type FlowArchitecture, type GradientFlowSpec } from '@/lib/compute/gradientFlow';

beforeAll(ready);

const base: GradientFlowSpec = { depth: 50, architecture: 'plain', activation: 'sigmoid', batchNorm: false, initScale: 1, seed: 1 };
const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** Forward and backward of h_l = [h_{l−1} +] σ(h_{l−1}·W_l), loss sum(h_L ⊙ R)/batch, by hand. */
function handBackprop(spec: GradientFlowSpec & { width: number; batch: number }, arch: FlowArchitecture) {
  const p = flowParameters(spec);
  const { width: n, batch: b } = p;
  const hs: number[][] = [Array.from(p.inputs)];
  const zs: number[][] = [];
  for (const w of p.weights) {
    const h = hs.at(-1)!;
    const z = Array.from({ length: b * n }, (_, i) => {
      const r = Math.floor(i / n);
      const c = i % n;
      let s = 0;
      for (let k = 0; k < n; k++) s += h[r * n + k] * w[k * n + c];
      return s;
    });
    zs.push(z);
    hs.push(z.map((v, i) => (arch === 'residual' ? h[i] : 0) + sig(v)));
  }
  const grads: number[][] = [Array.from(p.readout, (v) => v / b)];
  for (let l = p.weights.length - 1; l >= 0; l--) {
    const g = grads[0];
    const dz = g.map((v, i) => v * sig(zs[l][i]) * (1 - sig(zs[l][i])));
    const w = p.weights[l];
    const dh = Array.from({ length: b * n }, (_, i) => {
      const r = Math.floor(i / n);
      const k = i % n;
      let s = 0;
      for (let c = 0; c < n; c++) s += dz[r * n + c] * w[k * n + c];
      return s + (arch === 'residual' ? g[i] : 0);
    });
    grads.unshift(dh);
  }
  return grads.map((g) => Math.hypot(...g));
}

describe('gradientFlow', () => {
  it.each(['plain', 'residual'] as const)('matches hand-written backprop at depth 2, width 2 (%s)', (architecture) => {
    const spec = { ...base, depth: 2, width: 2, batch: 3, architecture };
    const got = gradientFlow(spec).norms;
    const want = handBackprop(spec, architecture);
    expect(got).toHaveLength(3);
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 5));
  });

  it('a plain sigmoid stack of 50 loses the gradient; a residual one keeps it', () => {
    const plain = gradientFlow(base);
    const res = gradientFlow({ ...base, architecture: 'residual' });
    // σ' ≤ 1/4 per layer: layer 1 gets far less than a millionth of what the last layer gets.
    expect(plain.firstOverLast).toBeLessThan(1e-6);
    expect(res.firstOverLast).toBeGreaterThan(0.2);
    expect(res.firstOverLast).toBeLessThan(5);
    for (const f of res.factors) expect(Math.abs(f - 1)).toBeLessThan(0.2);
  });

  it('is deterministic by seed and leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    const a = gradientFlow({ ...base, depth: 10, batchNorm: true });
    const b = gradientFlow({ ...base, depth: 10, batchNorm: true });
    const c = gradientFlow({ ...base, depth: 10, batchNorm: true, seed: 2 });
    expect(a.norms).toEqual(b.norms);
    expect(a.norms).not.toEqual(c.norms);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the skip part plus the branch part bound the gradient a residual block passes back', () => {
    const r = gradientFlow({ ...base, depth: 12, architecture: 'residual', activation: 'tanh' });
    r.branchNorms.forEach((branch, i) => {
      expect(r.norms[i]).toBeLessThanOrEqual(r.norms[i + 1] + branch + 1e-6);
      expect(r.norms[i]).toBeGreaterThanOrEqual(Math.abs(r.norms[i + 1] - branch) - 1e-6);
    });
  });

  it('rejects a depth outside 1 … 100', () => {
    expect(() => gradientFlow({ ...base, depth: 0 })).toThrow(/Depth/);
    expect(() => gradientFlow({ ...base, depth: 101 })).toThrow(/Depth/);
  });
});

describe('degradationTrainer', () => {
  it('at depth 20 with sigmoid the residual network ends far below the plain one, from the same start', () => {
    const before = tf.memory().numTensors;
    const t = degradationTrainer({ depth: 20, activation: 'sigmoid', batchNorm: false, initScale: 1, seed: 1 });
    expect(t.initial.plain).toBeCloseTo(t.initial.residual, 6);
    const r = t.step(120);
    t.dispose();
    expect(r.residual.at(-1)!).toBeLessThan(0.5 * r.plain.at(-1)!);
    expect(r.plain.at(-1)!).toBeGreaterThan(0.8 * t.initial.plain);
    expect(tf.memory().numTensors).toBe(before);
  }, 60000);
});

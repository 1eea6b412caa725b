/** Small networks with every weight (biases, BN statistics) set to seeded non-trivial values, and checks shared by the overview tests. */
import { expect } from 'vitest';
import { mulberry32 } from '@/lib/random/prng';
import { buildNetwork, type Network } from '@/lib/compute/training/network';
import type { FeatureShape, NetworkSpec } from '@/lib/compute/training/spec';
import { overviewPass } from '@/lib/compute/overview';
import type { OverviewPass, UnitRef } from '@/lib/compute/overview';

/**
 * A fresh network whose biases and batch-norm parameters are drawn again: the seeded He kernels
 * are random enough, but zero biases and BN's initial statistics (mean 0, variance 1, γ 1, β 0)
 * would let a wrong index or a forgotten term pass unnoticed.
 */
export function scrambledNetwork(spec: NetworkSpec, seed: number): Network {
  const network = buildNetwork(spec, seed);
  const next = mulberry32(seed + 1);
  const weights = new Map<string, Float32Array>();
  const draws: [string, () => number][] = [
    ['bias', () => (next() - 0.5) * 0.6],
    ['beta', () => (next() - 0.5) * 0.6],
    ['runningMean', () => (next() - 0.5) * 0.6],
    ['runningVar', () => 0.3 + next()],
    ['gamma', () => 0.5 + next()],
  ];
  for (const [name, w] of network.getWeights()) {
    const draw = draws.find(([end]) => name.endsWith(end))?.[1];
    if (draw) weights.set(name, Float32Array.from(w, draw)); // kernels keep their seeded He values
  }
  network.setWeights(weights);
  return network;
}

export function seededImage(spec: NetworkSpec, seed: number): Float32Array {
  const next = mulberry32(seed);
  const [h, w, c] = spec.input;
  return Float32Array.from({ length: h * w * c }, next);
}

export function passOf(spec: NetworkSpec, seed = 7): { network: Network; pass: OverviewPass } {
  const network = scrambledNetwork(spec, seed);
  return { network, pass: overviewPass(network, seededImage(spec, seed + 100)) };
}

/** Every unit of a layer (flat layers: every index). */
export function unitsOf(shape: FeatureShape, layer: number): UnitRef[] {
  const [h, w, c] = shape.length === 3 ? shape : [1, 1, shape[0]];
  const out: UnitRef[] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let channel = 0; channel < c; channel++) out.push({ layer, channel, y, x });
  return out;
}

/** float32 maps against float64 recomputation. */
export function expectClose(actual: number, expected: number, what = '') {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-5 + 1e-4 * Math.abs(expected));
}

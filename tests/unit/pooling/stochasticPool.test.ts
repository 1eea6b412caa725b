/** Stochastic pooling: reproducible draws, frequencies that match the probabilities, the expectation. */
import { describe, expect, it } from 'vitest';
import { mulberry32 as seededRandom } from '@/lib/random/prng';
import { checkNonNegative, pickCell, stochasticPool2d, stochasticPoolGradient } from '@/lib/pooling/stochasticPool';

// A 3×3 window after a ReLU with two positive activations, 1.6 and 2.4: probabilities 0.4 and 0.6.
const TWO_HOT = [1.6, 0, 0, 0, 0, 0, 2.4, 0, 0];
const plane4 = [1, 1, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4];

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('is uniform on [0, 1): ten equal bins each get about a tenth of 100,000 draws', () => {
    const r = seededRandom(7);
    const bins = new Array<number>(10).fill(0);
    const n = 100_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r();
      if (u < 0 || u >= 1) outside++;
      else bins[Math.floor(u * 10)]++;
    }
    expect(outside).toBe(0);
    // Binomial standard deviation sqrt(n·0.1·0.9) ≈ 95; allow five of them.
    for (const count of bins) expect(Math.abs(count - n / 10)).toBeLessThan(5 * Math.sqrt(n * 0.09));
  });
});

describe('stochasticPool2d', () => {
  it('turns the activations of a window into probabilities a_i / Σ a_j ', () => {
    const r = stochasticPool2d(TWO_HOT, 3, 3, { kernel: 3, seed: 1 });
    expect(r.outH).toBe(1);
    expect(Array.from(r.probabilities).map((p) => Math.round(p * 100) / 100)).toEqual([0.4, 0, 0, 0, 0, 0, 0.6, 0, 0]);
    // Test time: Σ p_i a_i = 0.4·1.6 + 0.6·2.4 = 2.08.
    expect(r.expected[0]).toBeCloseTo(0.4 * 1.6 + 0.6 * 2.4, 12);
    expect([1.6, 2.4]).toContain(r.sample[0]);
  });

  it('is reproducible: the same seed picks the same cells, other seeds pick others', () => {
    const a = stochasticPool2d(plane4, 4, 4, { kernel: 2, seed: 2013 });
    const b = stochasticPool2d(plane4, 4, 4, { kernel: 2, seed: 2013 });
    expect(Array.from(b.picked)).toEqual(Array.from(a.picked));
    expect(Array.from(b.sample)).toEqual(Array.from(a.sample));
    const seen = new Set<string>();
    for (let seed = 0; seed < 50; seed++) seen.add(stochasticPool2d(plane4, 4, 4, { kernel: 2, seed }).picked.join());
    expect(seen.size).toBeGreaterThan(10);
  });

  it('picks each cell about as often as its probability over many seeds', () => {
    const window = [1, 1, 5, 6]; // probabilities 1/13, 1/13, 5/13, 6/13
    const counts = [0, 0, 0, 0];
    const n = 20_000;
    for (let seed = 0; seed < n; seed++) counts[stochasticPool2d(window, 2, 2, { kernel: 2, seed }).picked[0]]++;
    window.forEach((a, i) => {
      const p = a / 13;
      expect(Math.abs(counts[i] / n - p), `cell ${i}`).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    });
  });

  it('has the weighted average as its expectation: the mean sample over many seeds approaches it', () => {
    const n = 20_000;
    const sums = new Float64Array(4);
    const first = stochasticPool2d(plane4, 4, 4, { kernel: 2, seed: 0 });
    for (let seed = 0; seed < n; seed++) stochasticPool2d(plane4, 4, 4, { kernel: 2, seed }).sample.forEach((v, w) => (sums[w] += v));
    // Windows of the 4×4 example: {1,1,5,6}, {2,4,7,8}, {3,2,1,2}, {1,0,3,4}; Σ a² / Σ a, worked by hand.
    const want = [(1 + 1 + 25 + 36) / 13, (4 + 16 + 49 + 64) / 21, (9 + 4 + 1 + 4) / 8, (1 + 0 + 9 + 16) / 8];
    want.forEach((e, w) => {
      expect(first.expected[w]).toBeCloseTo(e, 12);
      expect(sums[w] / n).toBeCloseTo(e, 1);
    });
  });

  it('sends a window of zeros to 0, picking uniformly among its real cells, never a padding cell', () => {
    const zeros = new Array<number>(16).fill(0);
    const counts = new Map<number, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const r = stochasticPool2d(zeros, 4, 4, { kernel: 2, stride: 2, padding: 1, seed });
      expect(r.sample[0]).toBe(0);
      expect(r.expected[0]).toBe(0);
      expect(r.allZero[0]).toBe(1);
      counts.set(r.picked[0], (counts.get(r.picked[0]) ?? 0) + 1);
    }
    // The top-left window with padding 1 has one real cell (kernel cell 3); the other three are padding.
    expect([...counts.keys()]).toEqual([3]);
    const inner = stochasticPool2d(zeros, 4, 4, { kernel: 2, seed: 3 });
    expect(Array.from(inner.probabilities.subarray(0, 4))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('never picks a padding cell or a zero activation when the window has positive ones', () => {
    for (let seed = 0; seed < 500; seed++) {
      const r = stochasticPool2d(plane4, 4, 4, { kernel: 3, stride: 2, padding: 1, seed });
      for (let w = 0; w < r.picked.length; w++) expect(r.probabilities[w * 9 + r.picked[w]]).toBeGreaterThan(0);
    }
  });

  it('refuses negative activations, and settings PyTorch refuses, in words', () => {
    expect(checkNonNegative([1, -0.5, 2, 0], 2)).toEqual({ ok: false, row: 0, col: 1, value: -0.5 });
    expect(() => stochasticPool2d([1, -0.5, 2, 0], 2, 2, { kernel: 2, seed: 0 })).toThrow(/at least 0; row 1, column 2/);
    expect(() => stochasticPool2d(plane4, 4, 4, { kernel: 2, padding: 2, seed: 0 })).toThrow(/half the kernel/);
    expect(() => stochasticPool2d(plane4, 4, 4, { kernel: 5, seed: 0 })).toThrow(/larger than the padded input/);
  });
});

describe('pickCell', () => {
  it('inverts the cumulative probabilities', () => {
    const p = [0.1, 0, 0.5, 0.4];
    expect(pickCell(p, 0)).toBe(0);
    expect(pickCell(p, 0.0999)).toBe(0);
    expect(pickCell(p, 0.1)).toBe(2);
    expect(pickCell(p, 0.6)).toBe(3);
    expect(pickCell([0.3, 0.3, 0.3], 0.9999999)).toBe(2);
  });
});

describe('stochasticPoolGradient', () => {
  it('sends each window\'s gradient to the cell it picked, adding up where windows overlap', () => {
    const opts = { kernel: 3, stride: 2, padding: 0 };
    const plane = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]; // 5×5, one spike in the middle
    const r = stochasticPool2d(plane, 5, 5, { ...opts, seed: 9 });
    expect(Array.from(r.sample)).toEqual([5, 5, 5, 5]);
    const dx = stochasticPoolGradient(r, [1, 2, 3, 4], 5, 5, opts);
    expect(dx[12]).toBe(10);
    expect(dx.reduce((a, b) => a + b)).toBe(10);
  });
});

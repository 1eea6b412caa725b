import { beforeAll, describe, expect, it } from 'vitest';
import * as compute from '@/lib/compute';
import { chainResults, lowestDecade, sci, sigmoidBound } from '@/components/widgets/GradientChain/model';
import { schema } from '@/components/widgets/GradientChain/state';

beforeAll(compute.ready);

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

describe('GradientChain', () => {
  it('sigmoid: the product of slopes follows the closed form and never beats 0.25^N', () => {
    for (const x0 of [-3, -0.5, 0, 1, 2.7]) {
      for (const weight of [0.25, 1, 2.5, 4]) {
        const [sig] = chainResults(compute, { depth: 30, x0, weight });
        let h = x0;
        let p = 1;
        sig.products.forEach((got, i) => {
          const s = sigma(weight * h);
          p *= s * (1 - s);
          h = s;
          // float32 slopes: σ(1 − σ) loses digits when σ is near 1, so agree to within 0.5%.
          expect(got / p).toBeCloseTo(1, 2);
          expect(got).toBeLessThanOrEqual(sigmoidBound(i + 1));
        });
      }
    }
  });

  it('ReLU passes a positive input back whole, and nothing at all for a negative one', () => {
    const positive = chainResults(compute, { depth: 20, x0: 0.3, weight: 1.5 })[2];
    expect(positive.products.every((p) => p === 1)).toBe(true);
    expect(positive.gradient).toBeCloseTo(1.5 ** 20, 0);
    const negative = chainResults(compute, { depth: 20, x0: -0.3, weight: 1 })[2];
    expect(negative.products.every((p) => p === 0)).toBe(true);
    expect(negative.gradient).toBe(0);
  });

  it('tanh shrinks more slowly than sigmoid but still shrinks every layer', () => {
    const [sig, tanh] = chainResults(compute, { depth: 10, x0: 1, weight: 1 });
    tanh.products.forEach((p, i) => {
      expect(p).toBeGreaterThan(sig.products[i]);
      if (i > 0) expect(p).toBeLessThan(tanh.products[i - 1]);
    });
    expect(tanh.slopes[0]).toBeCloseTo(1 - Math.tanh(1) ** 2, 6);
  });

  it('writes small numbers in powers of ten, and the log axis reaches below the smallest one', () => {
    expect(sci(0.25 ** 10)).toBe('9.5 × 10⁻⁷');
    expect(sci(0.25 ** 30)).toBe('8.7 × 10⁻¹⁹');
    expect(sci(0.0409)).toBe('0.0409');
    expect(sci(1)).toBe('1');
    expect(sci(0)).toBe('0');
    const results = chainResults(compute, { depth: 30, x0: 1, weight: 1 });
    expect(10 ** lowestDecade(results, 30)).toBeLessThanOrEqual(Math.min(...results.flatMap((r) => r.products.filter((p) => p > 0))));
  });

  it('accepts only depths 1–30 and numbers in range from a link', () => {
    expect(schema.parse({ depth: 12, x0: -2, weight: 3 })).toEqual({ state: { depth: 12, x0: -2, weight: 3 }, issues: [] });
    for (const bad of [{ depth: 31 }, { depth: 2.5 }, { depth: '3' }, { x0: 9 }, { weight: 0 }, [1]]) {
      const r = schema.parse(bad);
      expect(r.issues.length, JSON.stringify(bad)).toBeGreaterThan(0);
      expect(r.state, JSON.stringify(bad)).toEqual(schema.defaults);
    }
  });
});

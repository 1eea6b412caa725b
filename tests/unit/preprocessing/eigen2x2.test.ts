import { describe, expect, it } from 'vitest';
import { clampPsd, symEigen2 } from '@/lib/preprocessing/eigen2x2';
import { eigenvaluesOf } from './reference';

const apply = (a: number, b: number, c: number, u: [number, number]): [number, number] => [a * u[0] + b * u[1], b * u[0] + c * u[1]];

describe('closed-form eigen-decomposition of a symmetric 2×2 matrix', () => {
  it.each([
    [2, 1, 2],
    [9.4, 2.54, 1.13],
    [1, 0, 4],
    [4, 0, 1],
    [2, -1, 2],
    [3, 0, 3],
    [1e-3, 5e-4, 2e-3],
    [144, -9.6, 0.64],
    [1, 1, 1],
  ])('[[%f, %f], [%f, ·]]: A u = λ u, orthonormal, eigenvalues of the characteristic polynomial', (a, b, c) => {
    const e = symEigen2({ xx: a, xy: b, yy: c });
    const ref = eigenvaluesOf(a, b, c);
    const scale = Math.max(1, Math.abs(a), Math.abs(c));
    expect(e.values[0]).toBeCloseTo(ref[0], 10);
    expect(e.values[1]).toBeCloseTo(ref[1], 10);
    expect(e.values[0]).toBeGreaterThanOrEqual(e.values[1]);
    e.vectors.forEach((u, i) => {
      const au = apply(a, b, c, u);
      expect(Math.abs(au[0] - e.values[i] * u[0])).toBeLessThan(1e-12 * scale);
      expect(Math.abs(au[1] - e.values[i] * u[1])).toBeLessThan(1e-12 * scale);
      expect(Math.hypot(...u)).toBeCloseTo(1, 14);
    });
    const [u1, u2] = e.vectors;
    expect(u1[0] * u2[0] + u1[1] * u2[1]).toBeCloseTo(0, 14);
    // A rotation, never a reflection, and u1 points right (or straight up).
    expect(u1[0] * u2[1] - u1[1] * u2[0]).toBeCloseTo(1, 14);
    expect(u1[0]).toBeGreaterThanOrEqual(0);
  });

  it('finds the textbook answers', () => {
    const e = symEigen2({ xx: 2, xy: 1, yy: 2 });
    expect(e.values).toEqual([3, 1]);
    expect(e.vectors[0][0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(e.vectors[0][1]).toBeCloseTo(Math.SQRT1_2, 15);
    const vertical = symEigen2({ xx: 1, xy: 0, yy: 4 });
    expect(vertical.values).toEqual([4, 1]);
    expect(vertical.vectors[0][0]).toBeCloseTo(0, 15);
    expect(vertical.vectors[0][1]).toBeCloseTo(1, 15);
  });

  it('keeps a tiny eigenvalue accurate next to a large one (no cancellation)', () => {
    // [[1, r], [r, 1]] has eigenvalues 1 ± r exactly.
    const r = 1 - 1e-10;
    const e = symEigen2({ xx: 1, xy: r, yy: 1 });
    expect(e.values[1] / 1e-10).toBeCloseTo(1, 5);
  });

  it('clamps rounding below zero for a covariance', () => {
    const e = clampPsd({ values: [2, -1e-17], vectors: [[1, 0], [0, 1]], angle: 0 });
    expect(e.values).toEqual([2, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { mulberry32, seededValues, uniforms } from '@/lib/random/prng';

/** mulberry32 written again with BigInt arithmetic modulo 2^32, to check the 32-bit tricks. */
function referenceMulberry32(seed: number) {
  const M = 1n << 32n;
  const mul = (a: bigint, b: bigint) => (a * b) % M;
  let a = BigInt(seed >>> 0);
  return () => {
    a = (a + 0x6d2b79f5n) % M;
    let t = a;
    t = mul(t ^ (t >> 15n), t | 1n);
    t = (t ^ ((t + mul(t ^ (t >> 7n), t | 61n)) % M)) % M;
    return Number((t ^ (t >> 14n)) % M) / 2 ** 32;
  };
}

describe('mulberry32', () => {
  it('matches an independent BigInt implementation', () => {
    for (const seed of [0, 1, 42, 123456789, 0xffffffff]) {
      const a = mulberry32(seed);
      const b = referenceMulberry32(seed);
      for (let i = 0; i < 200; i++) expect(a()).toBe(b());
    }
  });
  it('is reproducible and looks uniform on [0, 1)', () => {
    const u = uniforms(7, 100_000);
    expect(Array.from(uniforms(7, 10))).toEqual(Array.from(u.slice(0, 10)));
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const mean = u.reduce((s, v) => s + v, 0) / u.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005); // sd of the mean ≈ 0.0009
    const below = u.filter((v) => v < 0.3).length / u.length;
    expect(Math.abs(below - 0.3)).toBeLessThan(0.006);
  });
  it('gives different streams for different seeds', () => {
    expect(uniforms(1, 5)).not.toEqual(uniforms(2, 5));
  });
});

describe('seededValues', () => {
  it('rounds to the given decimals inside [min, max], with no negative zero', () => {
    const v = seededValues(3, 2000, -1, 1, 1);
    for (const x of v) {
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(x).toBeLessThanOrEqual(1);
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Object.is(x, -0)).toBe(false);
    }
    expect(new Set(v).size).toBe(21); // −1.0, −0.9, …, 1.0 all occur
  });
});

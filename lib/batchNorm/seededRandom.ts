/**
 * A small seeded pseudo-random generator (mulberry32) for synthetic data that must be the same
 * on every machine and every reload: a shared link or a test names a batch by its seed and index.
 * Not for anything that needs real randomness.
 */

export type Uniform = () => number;

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One 32-bit seed from a base seed and a stream index (batch 0, 1, 2 … get unrelated streams). */
export function streamSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((index >>> 0) + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A standard normal number (Box–Muller), from two uniforms. */
export function standardNormal(u: Uniform): number {
  const u1 = 1 - u(); // in (0, 1], so the logarithm is finite
  const u2 = u();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * A small seeded pseudo-random generator, so every "random" number a widget shows (example
 * inputs, weights, dropout masks) is the same on every machine and in a shared link. No
 * Math.random anywhere in the course's numbers.
 */

/** Seeds are whole numbers from 0 to 2^32 − 1; widgets keep theirs in their shareable state. */
export const MAX_SEED = 0xffffffff;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): uniform numbers in [0, 1), a period of 2^32,
 * good enough for teaching and very fast. Returns a function that yields the next number.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `count` numbers of the stream for `seed`, in [0, 1). */
export function uniforms(seed: number, count: number): Float64Array {
  const next = mulberry32(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = next();
  return out;
}

/**
 * `count` example values, uniform on [min, max] and rounded to `decimals` places, so a reader can
 * redo the arithmetic by hand. Rounding keeps them inside [min, max].
 */
export function seededValues(seed: number, count: number, min: number, max: number, decimals = 1): number[] {
  const scale = 10 ** decimals;
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => Math.round((min + (max - min) * next()) * scale) / scale + 0); // + 0 turns -0 into 0
}

/** A generator of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** One 32-bit seed from a base seed and a stream index (batch 0, 1, 2 … get unrelated streams). */
export function streamSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((index >>> 0) + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A standard normal number (Box–Muller, cosine branch) from two uniforms. */
export function standardNormal(u: Uniform): number {
  const u1 = 1 - u(); // in (0, 1], so the logarithm is finite
  const u2 = u();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Standard normal draws using both Box–Muller branches (two normals per two uniforms). */
export function normalDraws(uniform: Uniform): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same numbers on
 * every machine, so a stochastic widget is reproducible and a shared link shows the same draw.
 * Plain arithmetic, no Math.random. Good enough for teaching, not for cryptography.
 */

/** Largest seed a reader may type (seeds are whole numbers from 0 to this). */
export const MAX_SEED = 2 ** 32 - 1;

/** A generator of numbers in [0, 1), fixed by `seed` (any whole number; taken modulo 2^32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

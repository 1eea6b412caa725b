/**
 * A small seeded random generator, so a widget's "random" weights are the same on every machine
 * and in every test. No React, no tfjs.
 */
import { mulberry32 } from '../random/prng';

/** The course's seeded uniform generator (mulberry32, lib/random/prng). */
export const seededUniform = mulberry32;

/** Standard normal samples (Box–Muller) from a seeded uniform generator. */
export function seededNormal(seed: number): () => number {
  const uniform = seededUniform(seed);
  return () => {
    let u = 0;
    while (u === 0) u = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}

/**
 * The preprocessing lesson's seeded streams, built on the course's generator (lib/random/prng),
 * so every figure is the same on every machine and a shared link reproduces it exactly.
 */
import { mulberry32, normalDraws } from '../random/prng';

/** Uniform numbers in [0, 1) from a seed (mulberry32). */
export const uniform = mulberry32;

/** Standard normal samples (Box–Muller, both branches) from a seed. */
export const normal = (seed: number) => normalDraws(mulberry32(seed));

/** A different, reproducible seed for a named sub-stream (so train and test points differ). */
export const subSeed = (seed: number, stream: number) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + stream * 0x27d4eb2f) >>> 0;

/**
 * The small layer of the fc-dropout lesson (DropoutDemo and its challenge grade the same numbers):
 * its inputs and weights for a seed, and the uniform draws behind its masks. Pure; no tfjs.
 */
import { seededValues, uniforms } from '../random/prng';
import type { DenseLayer } from './dropout';

export const INPUTS = 8;
export const OUTPUTS = 4;
/** The most masks the demo draws. */
export const MAX_MASKS = 5000;

/** Inputs in [0, 1] (activations after a ReLU are never negative), weights in [−1, 1]. */
export function demoLayer(seed: number): { layer: DenseLayer; x: number[] } {
  return {
    x: seededValues(seed, INPUTS, 0, 1),
    layer: {
      inputs: INPUTS,
      outputs: OUTPUTS,
      weights: seededValues(seed + 10_000, OUTPUTS * INPUTS, -1, 1),
      bias: seededValues(seed + 20_000, OUTPUTS, -0.5, 0.5),
    },
  };
}

/** The uniform draws behind the first `masks` masks of one seed: mask k uses draws k·8 … k·8 + 7. */
export const maskDraws = (seed: number, masks = MAX_MASKS) => uniforms(seed + 30_000, masks * INPUTS);

/**
 * What a reader can pool: the classic 4×4 example, and the convolution stepper's grayscale inputs
 * (all non-negative, like activations after a ReLU). No React.
 */
import type { InputImage, InputName } from '@/components/widgets/shared/stepper/presets';

export type PoolInput = 'classic' | 'grid' | 'digit' | 'photo' | 'custom';
export const POOL_INPUTS: readonly PoolInput[] = ['classic', 'grid', 'digit', 'photo', 'custom'];

export type PoolMode = 'max' | 'avg' | 'stochastic';
export const POOL_MODES: readonly PoolMode[] = ['max', 'avg', 'stochastic'];

export type Direction = 'forward' | 'backward';
export const DIRECTIONS: readonly Direction[] = ['forward', 'backward'];

/** Stochastic pooling: a training-time sample or the test-time expectation. */
export type Phase = 'train' | 'test';
export const PHASES: readonly Phase[] = ['train', 'test'];

/** The upstream gradient ∂L/∂y sent back through the layer. */
export type Upstream = 'ones' | 'current' | 'numbered';
export const UPSTREAMS: readonly Upstream[] = ['ones', 'current', 'numbered'];

/** The 4×4 map of the classic figure (CS231n): 2×2 max pooling with stride 2 gives 6, 8, 3, 4. */
export const CLASSIC: InputImage = {
  channels: 1,
  height: 4,
  width: 4,
  data: [1, 1, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4],
};

/** The convolution stepper's input that each choice loads (the classic map is passed as typed cells). */
export const STEPPER_INPUT: Record<PoolInput, InputName> = {
  classic: 'custom',
  grid: 'grid',
  digit: 'digit',
  photo: 'photo',
  custom: 'custom',
};

/** The overfitting experiment as data: the network, the regularisers, the training budget. No React. */
import { smallCnnTrunk, type NetworkSpec } from '@/lib/compute/training/spec';
import type { AugmentSettings } from '@/lib/compute/training/augment';

export interface OverfitConfig {
  /** Training images per class (×10 classes). */
  perClass: number;
  dropout: boolean;
  weightDecay: boolean;
  augment: boolean;
  epochs: number;
  seed: number;
}

export const PER_CLASS_CHOICES = [10, 20, 50] as const;
export const EPOCH_CHOICES = [5, 10, 20, 30, 40] as const;
export const DROPOUT_RATE = 0.5;
export const WEIGHT_DECAY = 0.001;
export const LEARNING_RATE = 0.003;
export const BATCH_SIZE = 32;
/** Test images per class the curves are measured on (500 in all: quick enough to check every epoch). */
export const TEST_PER_CLASS = 50;

/** Mild augmentation that suits upright clothes: mirror, small turns and shifts, a little light and noise. */
export const MILD_AUGMENTATION: AugmentSettings = { flipH: true, flipV: false, rotation: 10, shift: 2, brightness: 0.1, contrast: 0.2, noise: 0.05 };

/** The small CNN with a 64-unit hidden layer (something to overfit with), dropout before the output. */
export function overfitSpec(dropout: boolean): NetworkSpec {
  return {
    input: [28, 28, 1],
    layers: [
      ...smallCnnTrunk(),
      { type: 'dense', units: 64 },
      { type: 'activation', fn: 'relu' },
      ...(dropout ? [{ type: 'dropout' as const, rate: DROPOUT_RATE }] : []),
      { type: 'dense', units: 10 },
    ],
  };
}

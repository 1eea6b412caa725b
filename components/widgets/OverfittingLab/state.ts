/** OverfittingLab's state (the configuration of the next run), declared once: props, links, sync. No React. */
import { bool, defineSchema, int, oneOf } from '@/lib/store/schema';
import { MAX_SEED } from '@/lib/random/prng';
import { EPOCH_CHOICES, PER_CLASS_CHOICES, type OverfitConfig } from './model';

const FIELDS = {
  perClass: oneOf(PER_CLASS_CHOICES, 20),
  dropout: bool(false),
  weightDecay: bool(false),
  augment: bool(false),
  epochs: oneOf(EPOCH_CHOICES, 20),
  seed: int(0, MAX_SEED, 1),
};

export const schema = defineSchema<typeof FIELDS, OverfitConfig>(FIELDS);

export const DEFAULT_OVERFIT: OverfitConfig = schema.defaults;

/** FineTuneLab's state (the next run's configuration), declared once: props, links, sync. No React. */
import { defineSchema, int, oneOf } from '@/lib/store/schema';
import { MAX_SEED } from '@/lib/random/prng';
import { EPOCH_CHOICES, LEARNING_RATES, MODES, PER_CLASS_CHOICES, type FineTuneConfig } from './model';

const FIELDS = {
  mode: oneOf(MODES, 'frozen'),
  perClass: oneOf(PER_CLASS_CHOICES, 5),
  learningRate: oneOf(LEARNING_RATES, 0.03),
  epochs: oneOf(EPOCH_CHOICES, 15),
  seed: int(0, MAX_SEED, 1),
};

export const schema = defineSchema<typeof FIELDS, FineTuneConfig>(FIELDS);

export const DEFAULT_FINE_TUNE: FineTuneConfig = schema.defaults;

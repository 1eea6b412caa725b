/** The fine-tuning experiment as data: how the trunk is treated, the budget, the new task. No React. */

export type TransferMode = 'frozen' | 'tenth' | 'full' | 'scratch';
export const MODES: TransferMode[] = ['frozen', 'tenth', 'full', 'scratch'];

/** The trunk's learning rate as a fraction of the head's, per mode (scratch trains all at the full rate). */
export const TRUNK_FACTOR: Record<TransferMode, number> = { frozen: 0, tenth: 0.1, full: 1, scratch: 1 };

export interface FineTuneConfig {
  mode: TransferMode;
  /** Labelled training images per original class (×10 classes). */
  perClass: number;
  learningRate: number;
  epochs: number;
  seed: number;
}

export const PER_CLASS_CHOICES = [2, 5, 20, 100] as const;
export const LEARNING_RATES = [0.001, 0.003, 0.01, 0.03] as const;
export const EPOCH_CHOICES = [3, 5, 10, 15, 20, 30] as const;
export const BATCH_SIZE = 16;
export const TEST_PER_CLASS = 50;
export const MODEL_PATH = '/models/fashion-cnn.weights';

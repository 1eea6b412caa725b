/** The phase of a step-based training run (EmbeddingTrainer, MultiTaskTrainer). No React. */
import type { TrainingPhase } from './TrainingControls';

export type RunPhase = 'idle' | 'starting' | 'running' | 'paused' | 'done' | 'failed';

/** What the shared controls show: starting, or waiting for the images the reader asked for, is loading. */
export const controlsPhase = (phase: RunPhase, wanted: boolean): TrainingPhase => (phase === 'starting' || (wanted && phase === 'idle') ? 'loading' : phase);

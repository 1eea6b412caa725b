/** The widgets the `siamese-triplet` lesson uses; spread into the MDX map by components.tsx. */
import { EmbeddingTrainer, MultiTaskTrainer } from './siamese-triplet.lazy';

export const widgets = { EmbeddingTrainer, MultiTaskTrainer };

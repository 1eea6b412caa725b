export { EmbeddingTrainer, type EmbeddingTrainerProps } from './EmbeddingTrainer';

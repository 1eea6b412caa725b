export { DistillationTrainer, type DistillationTrainerProps } from './DistillationTrainer';

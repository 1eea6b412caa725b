export { MultiTaskTrainer } from './MultiTaskTrainer';

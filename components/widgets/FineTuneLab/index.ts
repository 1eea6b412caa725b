export { FineTuneLab, type FineTuneLabProps } from './FineTuneLab';

export { AttentionMasks, type AttentionMasksProps } from './AttentionMasks';

export { BatchNormExplorer, type BatchNormExplorerProps } from './BatchNormExplorer';

export { LossExplorer, LOSS_EXPLORER_PARTS, type LossExplorerProps } from './LossExplorer';

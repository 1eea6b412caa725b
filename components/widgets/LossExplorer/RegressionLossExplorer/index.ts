export { RegressionLossExplorer, type RegressionLossExplorerProps } from './RegressionLossExplorer';

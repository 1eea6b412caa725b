export { MeanImageExplorer, type MeanImageExplorerProps } from './MeanImageExplorer';

export { PreprocessingExplorer, type PreprocessingExplorerProps } from './PreprocessingExplorer';

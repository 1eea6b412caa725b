export { CrossEntropyExplorer, type CrossEntropyExplorerProps } from './CrossEntropyExplorer';

export { PruningExplorer, type PruningExplorerProps } from './PruningExplorer';

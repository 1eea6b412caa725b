export { ReceptiveFieldExplorer, type ReceptiveFieldExplorerProps } from './ReceptiveFieldExplorer';

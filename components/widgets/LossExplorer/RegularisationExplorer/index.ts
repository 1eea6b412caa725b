export { RegularisationExplorer, type RegularisationExplorerProps } from './RegularisationExplorer';

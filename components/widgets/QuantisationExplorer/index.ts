export { QuantisationExplorer, type QuantisationExplorerProps } from './QuantisationExplorer';

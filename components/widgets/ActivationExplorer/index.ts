export { ActivationExplorer, type ActivationExplorerProps } from './ActivationExplorer';

export { ArchitectureExplorer, type ArchitectureExplorerProps } from './ArchitectureExplorer';

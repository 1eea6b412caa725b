/** The widgets the `classic-networks` lesson uses; spread into the MDX map by components.tsx. */
import { ArchitectureExplorer } from './classic-networks.lazy';

export const widgets = { ArchitectureExplorer };

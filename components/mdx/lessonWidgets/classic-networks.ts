/** The widgets the `classic-networks` lesson uses; spread into the MDX map by components.tsx. */
import { ArchitectureExplorer } from '@/components/widgets/ArchitectureExplorer';

export const widgets = { ArchitectureExplorer };

/** The widgets the `inception` lesson uses; spread into the MDX map by components.tsx. */
import { ArchitectureExplorer } from '@/components/widgets/ArchitectureExplorer';
import { InceptionCost } from '@/components/widgets/InceptionCost';

export const widgets = { ArchitectureExplorer, InceptionCost };

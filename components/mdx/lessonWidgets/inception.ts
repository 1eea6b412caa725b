/** The widgets the `inception` lesson uses (ArchitectureExplorer comes from classic-networks'); spread into the MDX map by components.tsx. */
import { InceptionCost } from './inception.lazy';

export const widgets = { InceptionCost };

/** The widgets the `compression` lesson uses; spread into the MDX map by components.tsx. */
import { DistillationTrainer, PruningExplorer, QuantisationExplorer } from './compression.lazy';

export const widgets = { PruningExplorer, QuantisationExplorer, DistillationTrainer };

/** The widgets the `batch-norm` lesson uses; spread into the MDX map by components.tsx. */
import { BatchNormExplorer } from './batch-norm.lazy';

export const widgets = { BatchNormExplorer };

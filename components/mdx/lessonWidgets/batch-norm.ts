/** The widgets the `batch-norm` lesson uses; spread into the MDX map by components.tsx. */
import { BatchNormExplorer } from '@/components/widgets/BatchNormExplorer';

export const widgets = { BatchNormExplorer };

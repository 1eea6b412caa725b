/** The widgets the `losses` lesson uses; spread into the MDX map by components.tsx. */
import { LossExplorer } from '@/components/widgets/LossExplorer';

export const widgets = { LossExplorer };

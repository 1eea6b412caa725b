/** The widgets the `receptive-fields` lesson uses; spread into the MDX map by components.tsx. */
import { ReceptiveFieldExplorer } from '@/components/widgets/ReceptiveFieldExplorer';

export const widgets = { ReceptiveFieldExplorer };

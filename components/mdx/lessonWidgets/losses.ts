/** The widgets the `losses` lesson uses; spread into the MDX map by components.tsx. */
import { CrossEntropyExplorer } from '@/components/widgets/CrossEntropyExplorer';
import { RegressionLossExplorer } from '@/components/widgets/RegressionLossExplorer';
import { RegularisationExplorer } from '@/components/widgets/RegularisationExplorer';

export const widgets = { CrossEntropyExplorer, RegressionLossExplorer, RegularisationExplorer };

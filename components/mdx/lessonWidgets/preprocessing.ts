/** The widgets the `preprocessing` lesson uses; spread into the MDX map by components.tsx. */
import { MeanImageExplorer } from '@/components/widgets/MeanImageExplorer';
import { PreprocessingExplorer } from '@/components/widgets/PreprocessingExplorer';
import { SigmoidSaturation } from '@/components/widgets/SigmoidSaturation';

export const widgets = { PreprocessingExplorer, MeanImageExplorer, SigmoidSaturation };

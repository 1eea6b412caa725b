/** The widgets the `preprocessing` lesson uses; spread into the MDX map by components.tsx. */
import { MeanImageExplorer, PreprocessingExplorer, SigmoidSaturation } from './preprocessing.lazy';

export const widgets = { PreprocessingExplorer, MeanImageExplorer, SigmoidSaturation };

/** The widgets the `training-practice` lesson uses; spread into the MDX map by components.tsx. */
import { AugmentationGallery, FineTuneLab, OverfittingLab } from './training-practice.lazy';

export const widgets = { AugmentationGallery, FineTuneLab, OverfittingLab };

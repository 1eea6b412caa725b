/** The widgets the `training-practice` lesson uses; spread into the MDX map by components.tsx. */
import { AugmentationGallery, OverfittingLab } from './training-practice.lazy';

export const widgets = { AugmentationGallery, OverfittingLab };

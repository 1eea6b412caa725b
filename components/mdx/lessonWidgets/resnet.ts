/** The widgets the `resnet` lesson uses; spread into the MDX map by components.tsx. */
import { GradientFlow } from './resnet.lazy';

export const widgets = { GradientFlow };

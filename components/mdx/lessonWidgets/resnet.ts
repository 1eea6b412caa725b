/** The widgets the `resnet` lesson uses; spread into the MDX map by components.tsx. */
import { GradientFlow } from '@/components/widgets/GradientFlow';

export const widgets = { GradientFlow };

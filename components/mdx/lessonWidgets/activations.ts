/** The widgets the `activations` lesson uses; spread into the MDX map by components.tsx. */
import { ActivationExplorer } from '@/components/widgets/ActivationExplorer';
import { DyingRelu } from '@/components/widgets/DyingRelu';
import { GradientChain } from '@/components/widgets/GradientChain';

export const widgets = { ActivationExplorer, GradientChain, DyingRelu };

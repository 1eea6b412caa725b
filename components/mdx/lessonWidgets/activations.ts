/** The widgets the `activations` lesson uses; spread into the MDX map by components.tsx. */
import { ActivationExplorer, DyingRelu, GradientChain } from './activations.lazy';

export const widgets = { ActivationExplorer, GradientChain, DyingRelu };

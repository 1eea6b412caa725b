/** The widgets the `pooling` lesson uses; spread into the MDX map by components.tsx. */
import { PoolingStepper } from './pooling.lazy';

export const widgets = { PoolingStepper };

/** The widgets the `pooling` lesson uses; spread into the MDX map by components.tsx. */
import { PoolingStepper } from '@/components/widgets/PoolingStepper';

export const widgets = { PoolingStepper };

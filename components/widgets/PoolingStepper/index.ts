export { PoolingStepper } from './PoolingStepper';
export type { PoolingStepperProps } from './PoolingStepper';

export { ConvolutionStepper } from './ConvolutionStepper';
export type { ConvolutionStepperProps } from './ConvolutionStepper';

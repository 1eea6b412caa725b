export { GradientFlow, type GradientFlowProps } from './GradientFlow';

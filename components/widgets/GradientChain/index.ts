export { GradientChain, type GradientChainProps } from './GradientChain';

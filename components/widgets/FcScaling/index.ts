export { FcScaling, type FcScalingProps } from './FcScaling';

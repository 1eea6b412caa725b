export { DepthwiseSeparableCost, type DepthwiseSeparableCostProps } from './DepthwiseSeparableCost';

export { PointwiseConv, type PointwiseConvProps } from './PointwiseConv';

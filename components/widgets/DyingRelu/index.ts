export { DyingRelu, type DyingReluProps } from './DyingRelu';

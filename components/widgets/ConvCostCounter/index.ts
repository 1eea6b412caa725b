export { ConvCostCounter, type ConvCostCounterProps } from './ConvCostCounter';

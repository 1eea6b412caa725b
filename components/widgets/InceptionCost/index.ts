export { InceptionCost, type InceptionCostProps } from './InceptionCost';

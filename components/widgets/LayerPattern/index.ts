export { LayerPattern, type LayerPatternProps } from './LayerPattern';

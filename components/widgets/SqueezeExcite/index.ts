export { SqueezeExcite, type SqueezeExciteProps } from './SqueezeExcite';

export { SigmoidSaturation, type SigmoidSaturationProps } from './SigmoidSaturation';

export { FcAsConv, type FcAsConvProps } from './FcAsConv';

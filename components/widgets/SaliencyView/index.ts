export { SaliencyView, type SaliencyViewProps } from './SaliencyView';

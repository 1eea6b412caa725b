export { OcclusionMap, type OcclusionMapProps } from './OcclusionMap';

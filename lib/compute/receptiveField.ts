/** Receptive fields are plain arithmetic and live in lib/nn; re-exported for callers of compute. */
export { receptiveField, receptiveFieldsByLayer, receptiveRegion } from '../nn/receptiveField';
export type { ReceptiveField, ReceptiveFieldLayer } from '../nn/receptiveField';

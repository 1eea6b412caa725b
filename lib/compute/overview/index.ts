/** The NetworkOverview's numbers: one pass with every layer read back, and why each unit has its value. */
export type * from './types';
export { overviewPass } from './pass';
export { explainUnit, DENSE_TOP } from './explain';
export { feedingBox, inputField, clipBox, type FeedingCells } from './fields';
export { layerLabel } from './labels';
export { valueIndex, unitAt, unitValue, unitProblem } from './units';

/** Pieces every training widget shares: controls, learning curves, thumbnails, class colours, runs. */
export { TrainingControls, type TrainingPhase, type TrainingControlsProps } from './TrainingControls';
export { LearningCurves, type CurveSeries, type LearningCurvesProps } from './LearningCurves';
export { ImageThumb } from './ImageThumb';
export { drawGreyImage, imagePixels } from './drawImage';
export { CLASS_COLOURS, CLASS_SHAPES, drawMarker, type MarkerShape } from './classColours';
export { useRuns, MAX_RUNS, type Run, type Job, type Reporter } from './useRuns';
export { runSeries, RUN_COLOURS } from './runSeries';
export { RunsTable, type TableRow } from './RunsTable';
export { controlsPhase, type RunPhase } from './runPhase';
export { trainingStrings } from './strings';

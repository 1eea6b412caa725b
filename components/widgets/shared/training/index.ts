/** Pieces every training widget shares: controls, learning curves, thumbnails, class colours, runs. */
export { TrainingControls, type TrainingPhase, type TrainingControlsProps } from './TrainingControls';
export { LearningCurves, type CurveSeries, type LearningCurvesProps } from './LearningCurves';
export { ImageThumb } from './ImageThumb';
export { drawGreyImage, imagePixels } from './drawImage';
export { CLASS_COLOURS, CLASS_SHAPES, drawMarker, type MarkerShape } from './classColours';
export { useTrainingLoop, type TrainingJob, type LoopEvents } from './useTrainingLoop';
export { useRuns, MAX_RUNS, type Run, type Reporter } from './useRuns';
export { EpochRunsLab, type EpochConfig, type EpochRunsLabProps } from './EpochRunsLab';
export { runSeries, RUN_COLOURS } from './runSeries';
export { RunsTable, type TableRow } from './RunsTable';
export { trainingStrings } from './strings';

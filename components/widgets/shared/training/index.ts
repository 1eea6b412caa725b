/** Pieces every training widget shares: controls, learning curves, thumbnails, class colours. */
export { TrainingControls, type TrainingPhase, type TrainingControlsProps } from './TrainingControls';
export { LearningCurves, type CurveSeries, type LearningCurvesProps } from './LearningCurves';
export { ImageThumb } from './ImageThumb';
export { drawGreyImage, imagePixels } from './drawImage';
export { CLASS_COLOURS, CLASS_SHAPES, drawMarker, type MarkerShape } from './classColours';
export { trainingStrings } from './strings';

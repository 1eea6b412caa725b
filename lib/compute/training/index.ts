/** Training in the browser: networks as data, the shared loop, classifier training, backends. */
export { inferShapes, SMALL_CNN, FASHION_CNN, type NetworkSpec, type LayerSpec, type LayerShape, type FeatureShape, type ShapeResult, type ActivationFn, type Padding } from './spec';
export { buildNetwork, type Network, type Mode } from './network';
export { imageBatch, labelsAt, shuffledIndices, epochBatches, balancedSubset, sliceSet, type ImageSet, type BatchSlot } from './dataset';
export { createLoop, trainerLoop, yieldToPage, type Loop, type LoopState, type LoopOptions, type Trainer } from './loop';
export { makeOptimizer, DEFAULT_OPTIMIZER, type OptimizerSpec } from './optimizer';
export { classifierTrainer, evaluate, type BatchReport, type EpochReport, type ClassifierOptions, type Evaluation } from './classifier';
export { trainableConv2d, trainableDepthwiseConv2d, conv2dFilterGradient } from './trainableConv';
export { selectTrainingBackend, currentBackend, type TrainingBackend, type BackendChoice } from './backend';
export { encodeWeights, decodeWeights, type WeightsHeader } from './weightsFile';
export { squeezeUnits } from './spec';

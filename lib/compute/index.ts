/**
 * The compute layer: the course's numbers, from TensorFlow.js (core + CPU backend).
 * Call `await ready()` once before using any op. Ops take and return tensors (NCHW images,
 * OIHW conv weights, as in PyTorch); the caller disposes what it receives, or wraps calls in
 * tf.tidy. Traces and conv2dForward return plain typed arrays and leave no tensor behind.
 */
export { tf, ready } from './tf';
export type * from './types';
export type { Pair } from './spatial';

export { convolutionTrace, conv2dForward, MAX_TRACE_PRODUCTS } from './convTrace';
export { checkConvSpec, convSpecGeometry, type ConvSpecGeometry } from './convSpec';
export * from './convWindow';

export { conv2d, conv2dGradients, checkConv2d, dilateKernel, type Conv2dOptions, type Conv2dGradients } from './conv';
export { im2col, im2colGeometry, type Im2colOptions, type Im2colGeometry } from './im2col';
export {
  maxPool2d, maxPool2dGradient, maxPool2dWithSwitches, avgPool2d, avgPool2dGradient, globalAvgPool2d, globalAvgPool2dGradient,
  type Pool2dOptions, type AvgPool2dOptions, type MaxPoolWithSwitches,
} from './pooling';
export {
  convTranspose2d, convTranspose2dGradients, convTransposeOutputSize, maxUnpool2d, maxUnpool2dGradient,
  type ConvTranspose2dOptions, type ConvTranspose2dGradients,
} from './transpose';
export {
  batchNormTrain, batchNormTrainGradients, batchNormEval,
  type BatchNormTrainOptions, type BatchNormTrainResult, type BatchNormGradients,
} from './batchNorm';
export {
  activation, activationDerivative, activationNames, isActivationName,
  relu, leakyRelu, elu, sigmoid, tanh, softplus, softsign,
  type ActivationName, type ActivationParams,
} from './activations';
export { linear, linearGradients, type LinearGradients } from './linear';
export { softmax, logSoftmax, crossEntropy, crossEntropyGradient } from './softmax';
export {
  l1Loss, l1LossGradient, mseLoss, mseLossGradient, smoothL1Loss, smoothL1LossGradient,
} from './regressionLosses';
export {
  pairwiseDistance, tripletMarginLoss, tripletMarginLossGradients, cosineSimilarity,
  contrastiveLoss, contrastiveLossGradients,
} from './embeddingLosses';
export { channelShuffle } from './channelShuffle';
export { residualBlock, residualBranch, residualBlockWithGradients, type ResidualBlockResult } from './residualBlock';
export * from './receptiveField';
export { poolingTrace, MAX_POOL_TRACE_CELLS, type PoolTrace, type PoolTraceSpec, type PoolMode } from './poolTrace';
export { fcAsConv, pointwiseAsFc, type FcAsConvSpec, type FcAsConvResult, type PointwiseSpec, type PointwiseResult } from './fcAsConv';
export { effectiveReceptiveField, drawStack, type EffectiveField, type EffectiveFieldOptions, type StackDraw } from './effectiveReceptiveField';
export {
  crossEntropyReadout, crossEntropyAlongTargetLogit, regressionLossesAt, regressionLossCurves,
  type CrossEntropyReadout, type RegressionLossName, type RegressionLossPoint, type RegressionCurves,
} from './lossReadouts';
export { maxout, maxoutDerivative } from './maxout';
export { sampleActivation, activationChain, type ActivationSamples, type ChainLayer } from './activationCurves';
export {
  gradientFlow, flowParameters, FLOW_WIDTH, FLOW_BATCH, MAX_FLOW_DEPTH,
  type GradientFlowSpec, type GradientFlowResult, type FlowActivation, type FlowArchitecture,
} from './gradientFlow';
export { degradationTrainer, TRAIN_SAMPLES, type Trainer, type TrainSpec } from './degradationTraining';
export * from './training';
export { augmentBatch, batchDraws, drawAugmentations, makeAugment, augmentSettingsError, NO_AUGMENTATION, AUGMENT_LIMITS, type AugmentSettings, type ImageDraw } from './training/augment';
export { transferNetwork, transferTrainer, withNewHead, productGroup, PRODUCT_GROUPS, type TransferOptions } from './training/transfer';
export * as attention from './attentionInspect';
export { isKernel, kernelsOf, evaluateWith, distillationLossTensor, prunedFineTuner, type KernelInfo, type FineTuneOptions, type PrunedFineTuner } from './compression';
export { distillationTrainer, type DistillationOptions, type DistillationReport } from './distillationTraining';
export {
  embeddingTrainer, embeddingDistances, embedImages, lossOnTuples, contrastiveOnDistances, tripletOnDistances, quadrupletOnDistances, EMBEDDING_CNN,
  type EmbeddingLoss, type EmbeddingLossKind, type EmbeddingStepReport, type EmbeddingTrainerOptions,
} from './training/embedding';
export {
  multiTaskTrainer, evaluateMultiTask, multiTaskLoss, MULTI_TASK_CNN, FASHION_GROUPS, GROUP_OF_CLASS,
  type MultiTaskAccuracy, type MultiTaskStepReport, type MultiTaskOptions,
} from './training/multiTask';
export * as overview from './overview';
export * as visualise from './visualise';

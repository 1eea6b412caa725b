/** What a trained CNN's units learned: filters, top images, occlusion, saliency, Grad-CAM, the deconvnet, activation maximisation. */
export { mapLayers, lastConvMaps, fieldChain, unitField, occlusionPositions, type GreyImage, type PixelBox, type MapLayer } from './layers';
export { imageTensor } from './input';
export { firstLayerFilters, weightOf, type FirstLayerFilters } from './filters';
export { topActivatingImages, type TopImage, type TopImagesOptions } from './topImages';
export { occlusionMap, type OcclusionMap, type OcclusionOptions } from './occlusion';
export { saliency, gradCam, type Saliency, type GradCam } from './saliency';
export { deconvnet, type DeconvUnit, type DeconvProjection } from './deconvnet';
export { createDream, objectiveOf, type DreamObjective, type DreamOptions, type DreamProgress, type DreamRun } from './dream';

/**
 * Published preprocessing constants for ImageNet models, quoted by the lesson. They are measured
 * on ImageNet's training images by the authors named below; the course does not recompute them.
 */

/** VGG (Simonyan & Zisserman, 2014): "subtracting the mean RGB value, computed on the training
 * set, from each pixel". The values shipped with the released VGG-16/19 Caffe models, R, G, B on
 * the 0–255 scale (Caffe stores them in B, G, R order: 103.939, 116.779, 123.68). */
export const VGG_MEAN_RGB = [123.68, 116.779, 103.939] as const;

/** AlexNet (Krizhevsky et al., 2012) resized every image to 256 × 256 and subtracted "the mean
 * activity over the training set from each pixel": a mean image of this shape. */
export const ALEXNET_MEAN_IMAGE_SHAPE = [256, 256, 3] as const;

/** Caffe's ImageNet mean image (the AlexNet reference model's) averaged over its positions,
 * R, G, B (BVLC Caffe, include/caffe/imagenet_mean.hpp). */
export const CAFFE_IMAGENET_MEAN_RGB = [122.67, 116.66, 104.0] as const;

/** torchvision's ImageNet models: per-channel mean and standard deviation on the 0–1 scale,
 * R, G, B (`transforms.Normalize(mean, std)` in the torchvision model documentation). */
export const TORCHVISION_MEAN_RGB = [0.485, 0.456, 0.406] as const;
export const TORCHVISION_STD_RGB = [0.229, 0.224, 0.225] as const;

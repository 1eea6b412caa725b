export { AugmentationGallery, type AugmentationGalleryProps } from './AugmentationGallery';

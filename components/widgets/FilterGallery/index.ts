export { FilterGallery, type FilterGalleryProps } from './FilterGallery';

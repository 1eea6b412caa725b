/** The image sources every widget that looks at one image uses (NetworkOverview, occlusion, …). */
export { ImageSourceTabs, IMAGE_SOURCES, type ImageSourceTabsProps } from './ImageSourceTabs';
export { TestImagePicker, testInputImage, type TestImagePickerProps } from './TestImagePicker';
export { DrawingPad, PAD_SIDE, type DrawingPadProps } from './DrawingPad';
export { PhotoInput, type PhotoInputProps } from './PhotoInput';
export { CameraSnap, type CameraSnapProps } from './CameraSnap';
export { GreyCanvas, RgbaCanvas, greyToRgba } from './ImageCanvas';
export type { ImageSource, InputImage, OnImage } from './types';

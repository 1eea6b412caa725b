/**
 * What every image source (test-image picker, drawing pad, photo, camera) hands to a widget: a
 * 28×28 grey image in Fashion-MNIST's convention (row-major, 0 = background, 1 = brightest ink),
 * and where it came from. Only a test image can travel in a link; the others say so.
 */
export type ImageSource = 'test' | 'drawing' | 'photo' | 'camera';

export interface InputImage {
  /** 784 values in [0, 1], row-major 28×28. */
  pixels: Float32Array;
  source: ImageSource;
  /** Index into the shipped test split (0–999), for `source: 'test'` only. */
  testIndex?: number;
  /** True class index when known (test images). */
  label?: number;
}

export type OnImage = (image: InputImage) => void;

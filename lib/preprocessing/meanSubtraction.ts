/**
 * Mean subtraction for images, the two ways of the study notes: AlexNet subtracts the per-pixel
 * mean image of the training set (one number per position and channel); VGG subtracts the mean
 * RGB value (three numbers). Values stay on the 0–255 scale.
 */
import type { RgbImage } from './imageSet';

export type Triple = [number, number, number];

/** The mean over the set of each value: an image of H × W × 3 real numbers. */
export function perPixelMean(images: RgbImage[]): Float64Array {
  const mean = new Float64Array(images[0].data.length);
  for (const img of images) for (let i = 0; i < mean.length; i++) mean[i] += img.data[i];
  for (let i = 0; i < mean.length; i++) mean[i] /= images.length;
  return mean;
}

/** The mean of each channel over every pixel of every image: three numbers. */
export function perChannelMean(images: RgbImage[]): Triple {
  const sum: Triple = [0, 0, 0];
  let pixels = 0;
  for (const img of images) {
    for (let i = 0; i < img.data.length; i += 3) for (let k = 0; k < 3; k++) sum[k] += img.data[i + k];
    pixels += img.data.length / 3;
  }
  return [sum[0] / pixels, sum[1] / pixels, sum[2] / pixels];
}

/** The standard deviation of each channel over every pixel of every image (divided by N). */
export function perChannelStd(images: RgbImage[], mean: Triple = perChannelMean(images)): Triple {
  const sq: Triple = [0, 0, 0];
  let pixels = 0;
  for (const img of images) {
    for (let i = 0; i < img.data.length; i += 3) for (let k = 0; k < 3; k++) sq[k] += (img.data[i + k] - mean[k]) ** 2;
    pixels += img.data.length / 3;
  }
  return [Math.sqrt(sq[0] / pixels), Math.sqrt(sq[1] / pixels), Math.sqrt(sq[2] / pixels)];
}

export function subtractPixelMean(img: RgbImage, mean: Float64Array): Float64Array {
  return Float64Array.from(img.data, (v, i) => v - mean[i]);
}

export function subtractChannelMean(img: RgbImage, mean: Triple): Float64Array {
  return Float64Array.from(img.data, (v, i) => v - mean[i % 3]);
}

/** max |mean over the set| of any value after subtracting: how much layout the subtraction left. */
export function largestLeftoverMean(images: RgbImage[], subtract: (img: RgbImage) => Float64Array): number {
  const sum = new Float64Array(images[0].data.length);
  for (const img of images) {
    const d = subtract(img);
    for (let i = 0; i < sum.length; i++) sum[i] += d[i];
  }
  let worst = 0;
  for (const s of sum) worst = Math.max(worst, Math.abs(s / images.length));
  return worst;
}

/** Averaging the per-pixel mean image over its positions gives the per-channel mean (equal-size images). */
export function channelMeanOfImage(mean: Float64Array): Triple {
  const out: Triple = [0, 0, 0];
  for (let i = 0; i < mean.length; i++) out[i % 3] += mean[i];
  const pixels = mean.length / 3;
  return [out[0] / pixels, out[1] / pixels, out[2] / pixels];
}

/** How a signed, mean-subtracted value is drawn: 128 + v/2, so 0 is mid-grey and nothing clips. */
export const displayValue = (v: number) => Math.max(0, Math.min(255, 128 + v / 2));

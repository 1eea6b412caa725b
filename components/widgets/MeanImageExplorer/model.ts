/** The numbers and pictures of the mean-image comparison. No React. */
import { heldOutImage, imageSet, IMAGE_SIDE, type RgbImage } from '@/lib/preprocessing/imageSet';
import {
  largestLeftoverMean,
  perChannelMean,
  perPixelMean,
  subtractChannelMean,
  subtractPixelMean,
  type Triple,
} from '@/lib/preprocessing/meanSubtraction';
import { shownImage, type MeanImageState } from './state';

export interface MeanImageModel {
  images: RgbImage[];
  heldOut: RgbImage;
  chosen: RgbImage;
  pixelMean: Float64Array;
  channelMean: Triple;
  minusPixelMean: Float64Array;
  minusChannelMean: Float64Array;
  /** Largest |mean over the training set| left after each subtraction. */
  leftoverPixel: number;
  leftoverChannel: number;
  /** How many numbers each method stores. */
  pixelMeanSize: number;
}

export function meanImageModel(s: MeanImageState): MeanImageModel {
  const images = imageSet(s.set, s.count, s.seed);
  const heldOut = heldOutImage(s.set, s.seed);
  const i = shownImage(s);
  const chosen = i < images.length ? images[i] : heldOut;
  const pixelMean = perPixelMean(images);
  const channelMean = perChannelMean(images);
  return {
    images,
    heldOut,
    chosen,
    pixelMean,
    channelMean,
    minusPixelMean: subtractPixelMean(chosen, pixelMean),
    minusChannelMean: subtractChannelMean(chosen, channelMean),
    leftoverPixel: largestLeftoverMean(images, (img) => subtractPixelMean(img, pixelMean)),
    leftoverChannel: largestLeftoverMean(images, (img) => subtractChannelMean(img, channelMean)),
    pixelMeanSize: IMAGE_SIDE * IMAGE_SIDE * 3,
  };
}

/** Average R, G, B of the top and bottom halves: the text alternative of a picture. */
export function halves(data: ArrayLike<number>, side = IMAGE_SIDE): [Triple, Triple] {
  const top: Triple = [0, 0, 0];
  const bottom: Triple = [0, 0, 0];
  const half = side / 2;
  for (let y = 0; y < side; y++) {
    const into = y < half ? top : bottom;
    for (let x = 0; x < side; x++) for (let c = 0; c < 3; c++) into[c] += data[(y * side + x) * 3 + c];
  }
  const n = half * side;
  return [top.map((v) => v / n) as Triple, bottom.map((v) => v / n) as Triple];
}

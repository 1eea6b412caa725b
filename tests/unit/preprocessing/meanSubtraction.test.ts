import { describe, expect, it } from 'vitest';
import { heldOutImage, imageSet, IMAGE_SIDE } from '@/lib/preprocessing/imageSet';
import {
  channelMeanOfImage,
  displayValue,
  largestLeftoverMean,
  perChannelMean,
  perChannelStd,
  perPixelMean,
  subtractChannelMean,
  subtractPixelMean,
} from '@/lib/preprocessing/meanSubtraction';

const images = imageSet('landscapes', 8, 1);

describe('the procedural image set', () => {
  it('is 16×16 RGB, whole numbers 0–255, the same for the same seed', () => {
    expect(images).toHaveLength(8);
    for (const img of images) {
      expect(img.data.length).toBe(IMAGE_SIDE * IMAGE_SIDE * 3);
      expect([...img.data].every((v) => Number.isInteger(v) && v >= 0 && v <= 255)).toBe(true);
    }
    expect(imageSet('landscapes', 8, 1)[3].data).toEqual(images[3].data);
    expect(imageSet('landscapes', 8, 2)[3].data).not.toEqual(images[3].data);
    expect(heldOutImage('landscapes', 1).data).not.toEqual(images[0].data);
  });

  it('landscapes are bluer at the top than at the bottom; objects are brighter-coloured in the middle', () => {
    const mean = perPixelMean(images);
    const blue = (y: number) => mean[(y * IMAGE_SIDE + 8) * 3 + 2];
    expect(blue(0)).toBeGreaterThan(blue(15) + 60);
    const objects = perPixelMean(imageSet('objects', 32, 1));
    const sat = (x: number, y: number) => {
      const o = (y * IMAGE_SIDE + x) * 3;
      return Math.max(objects[o], objects[o + 1], objects[o + 2]) - Math.min(objects[o], objects[o + 1], objects[o + 2]);
    };
    expect(sat(8, 8)).toBeGreaterThan(sat(0, 0));
  });
});

describe('AlexNet-style and VGG-style mean subtraction', () => {
  it('the per-pixel mean is the average of each value over the set', () => {
    const mean = perPixelMean(images);
    for (const i of [0, 100, 767]) expect(mean[i]).toBeCloseTo(images.reduce((s, img) => s + img.data[i], 0) / 8, 10);
  });

  it('the per-channel mean is the mean image averaged over positions', () => {
    const direct = [0, 1, 2].map((c) => {
      let s = 0;
      for (const img of images) for (let p = 0; p < 256; p++) s += img.data[p * 3 + c];
      return s / (8 * 256);
    });
    const fromChannels = perChannelMean(images);
    const fromImage = channelMeanOfImage(perPixelMean(images));
    direct.forEach((v, c) => {
      expect(fromChannels[c]).toBeCloseTo(v, 10);
      expect(fromImage[c]).toBeCloseTo(v, 10);
    });
  });

  it('subtracting the mean image leaves a zero mean at every value; the mean colour leaves layout', () => {
    const pixelMean = perPixelMean(images);
    const channelMean = perChannelMean(images);
    expect(largestLeftoverMean(images, (img) => subtractPixelMean(img, pixelMean))).toBeLessThan(1e-10);
    expect(largestLeftoverMean(images, (img) => subtractChannelMean(img, channelMean))).toBeGreaterThan(30);
    // …but every channel as a whole is centred.
    const shifted = images.map((img) => subtractChannelMean(img, channelMean));
    for (let c = 0; c < 3; c++) {
      let s = 0;
      for (const d of shifted) for (let p = 0; p < 256; p++) s += d[p * 3 + c];
      expect(Math.abs(s / (8 * 256))).toBeLessThan(1e-10);
    }
  });

  it('the per-channel standard deviation is the population one', () => {
    const std = perChannelStd(images);
    const mean = perChannelMean(images);
    let s = 0;
    for (const img of images) for (let p = 0; p < 256; p++) s += (img.data[p * 3] - mean[0]) ** 2;
    expect(std[0]).toBeCloseTo(Math.sqrt(s / 2048), 10);
  });

  it('draws signed values as 128 + v/2 without clipping the possible range', () => {
    expect(displayValue(0)).toBe(128);
    expect(displayValue(-255)).toBe(0.5);
    expect(displayValue(254)).toBe(255);
  });
});

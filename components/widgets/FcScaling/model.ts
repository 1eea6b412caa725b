/**
 * Why a fully connected first layer does not scale to images: its weights grow with the number
 * of pixels, a convolution's do not. Pure numbers from lib/nn; no React.
 */
import { convMacs, convParams, fcMacs, fcParams } from '@/lib/nn/convArithmetic';

export const BYTES_PER_FLOAT32 = 4;

export interface ImageSize {
  h: number;
  w: number;
  c: number;
}

export interface FcScalingNumbers {
  inputs: number;
  fcParams: number;
  fcMacs: number;
  fcBytes: number;
  /** A 3×3 convolution with `kernels` kernels, padding 1, on the same image. */
  convParams: number;
  convMacs: number;
  convBytes: number;
  /** fcParams / convParams. */
  ratio: number;
}

const conv3x3 = ({ h, w, c }: ImageSize, kernels: number) => ({
  inH: h, inW: w, cin: c, cout: kernels, kh: 3, kw: 3, stride: 1, padding: 1,
});

export function fcScalingNumbers(image: ImageSize, units: number, kernels: number): FcScalingNumbers {
  const inputs = image.h * image.w * image.c;
  const fcP = fcParams(inputs, units);
  const convP = convParams(conv3x3(image, kernels));
  return {
    inputs,
    fcParams: fcP,
    fcMacs: fcMacs(inputs, units),
    fcBytes: fcP * BYTES_PER_FLOAT32,
    convParams: convP,
    convMacs: convMacs(conv3x3(image, kernels)),
    convBytes: convP * BYTES_PER_FLOAT32,
    ratio: fcP / convP,
  };
}

export interface CurvePoint {
  side: number;
  fc: number;
  conv: number;
}

/** Side lengths 8, 16, …, up to at least 2048 and past `atLeast`. */
export function sideRange(atLeast: number): number[] {
  const sides: number[] = [];
  for (let s = 8; s <= Math.max(2048, atLeast * 2); s *= 2) sides.push(s);
  return sides;
}

/** Parameters of both layers for square images of each side, at fixed channels. */
export function scalingCurve(c: number, units: number, kernels: number, sides: number[]): CurvePoint[] {
  return sides.map((side) => {
    const n = fcScalingNumbers({ h: side, w: side, c }, units, kernels);
    return { side, fc: n.fcParams, conv: n.convParams };
  });
}

/** Where a (possibly non-square) image sits on the side-length axis: the side of a square with
 * as many pixels. */
export const equivalentSide = ({ h, w }: ImageSize) => Math.sqrt(h * w);

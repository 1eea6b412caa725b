/**
 * Resampling and sharpening of opaque RGBA images (four bytes a pixel, alpha ignored and written
 * as 255), for the photo-to-Fashion-MNIST pipeline. No DOM.
 */
/** An image as a canvas gives it: row-major, four bytes per pixel (R, G, B, A). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type Rgb = [number, number, number];

/**
 * For each output index along one axis, the input indices it covers and the share of its width
 * each one takes (shares sum to 1). Output pixel o covers the input interval [o·s, (o + 1)·s),
 * s = inLength / outLength; this is exact area averaging, down or up.
 */
function coverage(inLength: number, outLength: number): { from: number; weights: number[] }[] {
  const s = inLength / outLength;
  return Array.from({ length: outLength }, (_, o) => {
    const start = o * s;
    const end = Math.min(inLength, (o + 1) * s);
    const from = Math.min(inLength - 1, Math.floor(start));
    const weights: number[] = [];
    for (let i = from; i < end && i < inLength; i++) {
      const overlap = Math.min(end, i + 1) - Math.max(start, i);
      if (overlap > 0) weights.push(overlap / s);
    }
    if (weights.length === 0) weights.push(1);
    return { from, weights };
  });
}

/** `image` resized to outW × outH by averaging the area each output pixel covers. */
export function areaResize(image: RgbaImage, outW: number, outH: number): RgbaImage {
  const cols = coverage(image.width, outW);
  const rows = coverage(image.height, outH);
  // Horizontal pass into floats (3 channels), then vertical pass into bytes.
  const mid = new Float32Array(outW * image.height * 3);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < outW; x++) {
      const { from, weights } = cols[x];
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = 0; k < weights.length; k++) {
        const i = (y * image.width + from + k) * 4;
        r += image.data[i] * weights[k];
        g += image.data[i + 1] * weights[k];
        b += image.data[i + 2] * weights[k];
      }
      const o = (y * outW + x) * 3;
      mid[o] = r;
      mid[o + 1] = g;
      mid[o + 2] = b;
    }
  }
  const data = new Uint8ClampedArray(outW * outH * 4);
  for (let y = 0; y < outH; y++) {
    const { from, weights } = rows[y];
    for (let x = 0; x < outW; x++) {
      const o = (y * outW + x) * 4;
      for (let c = 0; c < 3; c++) {
        let v = 0;
        for (let k = 0; k < weights.length; k++) v += mid[((from + k) * outW + x) * 3 + c] * weights[k];
        data[o + c] = Math.round(v);
      }
      data[o + 3] = 255;
    }
  }
  return { width: outW, height: outH, data };
}

/** The 3×3 Gaussian kernel with σ = 1, normalised to sum to 1 (row-major). */
export const GAUSSIAN_3X3: readonly number[] = (() => {
  const k = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => Math.exp(-(dx * dx + dy * dy) / 2)));
  const sum = k.reduce((a, b) => a + b, 0);
  return k.map((v) => v / sum);
})();

/**
 * Unsharp mask: 2·x − G∗x with the 3×3 Gaussian (σ = 1), the border repeated outwards. Flat areas
 * stay as they are; an edge gets a darker and a lighter rim, so the effect grows near outlines.
 */
export function gaussianSharpen(image: RgbaImage): RgbaImage {
  const { width: w, height: h } = image;
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) {
        let blur = 0;
        for (let dy = -1; dy <= 1; dy++) {
          const yy = Math.min(h - 1, Math.max(0, y + dy));
          for (let dx = -1; dx <= 1; dx++) {
            const xx = Math.min(w - 1, Math.max(0, x + dx));
            blur += image.data[(yy * w + xx) * 4 + c] * GAUSSIAN_3X3[(dy + 1) * 3 + dx + 1];
          }
        }
        data[o + c] = Math.round(2 * image.data[o + c] - blur);
      }
      data[o + 3] = 255;
    }
  }
  return { width: w, height: h, data };
}

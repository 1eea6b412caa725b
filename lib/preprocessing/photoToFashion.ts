/**
 * Turns a photo (or a drawing) into a 28×28 grey image the way Fashion-MNIST's images were made,
 * so the course's classifier sees a reader's picture in the form it was trained on. No DOM.
 *
 * The dataset's conversion (Xiao, Rasul & Vollgraf 2017, "Fashion-MNIST: a Novel Image Dataset for
 * Benchmarking Machine Learning Algorithms", arXiv:1708.07747, section 2; the paper is linked from
 * https://github.com/zalandoresearch/fashion-mnist's README) ran on product thumbnails shot on a
 * light-grey background:
 *   1. trim the edges close to the corner pixels' colour (within 5 % of the maximum intensity),
 *   2. resize the longest edge to 28,
 *   3. sharpen with a Gaussian of radius and standard deviation 1,
 *   4. extend the shorter edge to 28 and centre the image,
 *   5. negate the intensities,
 *   6. convert to 8-bit grey.
 * Our choices, where the paper leaves room or a reader's photo differs from a product thumbnail:
 * - transparent pixels are laid over white (a photo) or black (the drawing pad) first;
 * - the background colour is the mean of the four corner pixels, and "close" means a Euclidean RGB
 *   distance of at most 5 % of the largest possible one (black to white, 255·√3);
 * - resizing averages the area each output pixel covers (the paper skipped rows and columns,
 *   which aliases a large photo badly);
 * - sharpening is the unsharp mask 2·x − G∗x with a 3×3 Gaussian kernel, σ = 1;
 * - the image is negated only when its background is light (the dataset's always was); a photo
 *   on a dark background already has light ink on dark and is left as it is;
 * - grey is Rec. 601 luma; then the background's grey level is stretched to 0 (the dataset's
 *   background is 0, a photo's after negation is rarely exactly so), and values are rounded to
 *   multiples of 1/255.
 */
import { areaResize, gaussianSharpen, type Rgb, type RgbaImage } from './rgbaResample';

export type { Rgb, RgbaImage };

export const FASHION_SIDE = 28;
/** Pixels within this share of the largest RGB distance of the background colour are trimmed. */
export const TRIM_TOLERANCE = 0.05;

export interface FashionStages {
  /** The opaque picture cropped to what differs from its background (0×0 when nothing does). */
  trimmed: RgbaImage;
  /** Where `trimmed` sits in the picture. */
  box: { x: number; y: number; width: number; height: number };
  /** `trimmed` with its longest edge resized to 28. */
  resized: RgbaImage;
  /** `resized` sharpened. */
  sharpened: RgbaImage;
  /** `sharpened` centred on a 28×28 canvas of the background colour. */
  centred: RgbaImage;
  /** 784 values in [0, 1], row-major, 0 = background: what the network is given. */
  final: Float32Array;
  /** The background colour the trimming compared against (0–255 each). */
  background: Rgb;
  /** Whether the intensities were negated (a light background). */
  inverted: boolean;
  /** True when nothing in the picture stands out from its background (or it had no pixels). */
  empty: boolean;
}

interface PipelineOptions {
  /** Colour transparent pixels are laid over. */
  matte: Rgb;
  /** The background: the corners' mean colour, or a known one (the drawing pad's black). */
  background: 'corners' | Rgb;
  /** Negate when the background is light ('auto') or never. */
  invert: 'auto' | 'never';
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const emptyImage = (): RgbaImage => ({ width: 0, height: 0, data: new Uint8ClampedArray(0) });

/** A photo (any background) as Fashion-MNIST would have made it. Never throws. */
export function photoToFashion(image: RgbaImage): FashionStages {
  return toFashion(image, { matte: WHITE, background: 'corners', invert: 'auto' });
}

/**
 * The drawing pad's canvas (light strokes on black) as a Fashion-MNIST image: trimmed to the
 * strokes, scaled and centred like a photo, never negated. Never throws.
 */
export function drawingToFashion(image: RgbaImage): FashionStages {
  return toFashion(image, { matte: BLACK, background: BLACK, invert: 'never' });
}

function isUsable({ width, height, data }: RgbaImage): boolean {
  return Number.isSafeInteger(width) && Number.isSafeInteger(height) && width > 0 && height > 0 && data instanceof Uint8ClampedArray && data.length >= width * height * 4;
}

function toFashion(image: RgbaImage, options: PipelineOptions): FashionStages {
  const background = usableBackground(image, options);
  const inverted = options.invert === 'auto' && luma(background) > 127.5;
  if (!isUsable(image)) return blank(background, inverted);
  const opaque = flatten(image, options.matte);
  const box = trimBox(opaque, background);
  if (!box) return blank(background, inverted);
  const trimmed = crop(opaque, box);
  const scale = FASHION_SIDE / Math.max(box.width, box.height);
  const outW = box.width >= box.height ? FASHION_SIDE : Math.max(1, Math.round(box.width * scale));
  const outH = box.height >= box.width ? FASHION_SIDE : Math.max(1, Math.round(box.height * scale));
  const resized = areaResize(trimmed, outW, outH);
  const sharpened = gaussianSharpen(resized);
  const centred = centre(sharpened, background);
  return { trimmed, box, resized, sharpened, centred, final: toGrey(centred, background, inverted), background, inverted, empty: false };
}

function usableBackground(image: RgbaImage, options: PipelineOptions): Rgb {
  if (options.background !== 'corners') return options.background;
  if (!isUsable(image)) return options.matte;
  const { width: w, height: h } = image;
  const corners = [0, w - 1, (h - 1) * w, h * w - 1];
  const sum: Rgb = [0, 0, 0];
  for (const p of corners) {
    const px = matted(image.data, p * 4, options.matte);
    for (let c = 0; c < 3; c++) sum[c] += px[c] / 4;
  }
  return sum;
}

function blank(background: Rgb, inverted: boolean): FashionStages {
  return {
    trimmed: emptyImage(),
    box: { x: 0, y: 0, width: 0, height: 0 },
    resized: emptyImage(),
    sharpened: emptyImage(),
    centred: centre(emptyImage(), background),
    final: new Float32Array(FASHION_SIDE * FASHION_SIDE),
    background,
    inverted,
    empty: true,
  };
}

/** The pixel at byte offset `i` laid over `matte` by its alpha. */
function matted(data: Uint8ClampedArray, i: number, matte: Rgb): Rgb {
  const a = data[i + 3] / 255;
  return [data[i] * a + matte[0] * (1 - a), data[i + 1] * a + matte[1] * (1 - a), data[i + 2] * a + matte[2] * (1 - a)];
}

/** An opaque copy: every pixel laid over the matte. */
function flatten(image: RgbaImage, matte: Rgb): RgbaImage {
  const n = image.width * image.height;
  const data = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    const i = p * 4;
    if (image.data[i + 3] === 255) {
      data[i] = image.data[i];
      data[i + 1] = image.data[i + 1];
      data[i + 2] = image.data[i + 2];
    } else {
      const [r, g, b] = matted(image.data, i, matte);
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
    }
    data[i + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}

/** The smallest box holding every pixel that is not close to the background, or null. */
export function trimBox(image: RgbaImage, background: Rgb): FashionStages['box'] | null {
  const limit = (TRIM_TOLERANCE * 255 * Math.sqrt(3)) ** 2;
  let x0 = image.width;
  let y0 = image.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const dr = image.data[i] - background[0];
      const dg = image.data[i + 1] - background[1];
      const db = image.data[i + 2] - background[2];
      if (dr * dr + dg * dg + db * db > limit) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

function crop(image: RgbaImage, box: FashionStages['box']): RgbaImage {
  const data = new Uint8ClampedArray(box.width * box.height * 4);
  for (let y = 0; y < box.height; y++) {
    const from = ((box.y + y) * image.width + box.x) * 4;
    data.set(image.data.subarray(from, from + box.width * 4), y * box.width * 4);
  }
  return { width: box.width, height: box.height, data };
}

/** `image` in the middle of a 28×28 canvas filled with the background colour. */
function centre(image: RgbaImage, background: Rgb): RgbaImage {
  const side = FASHION_SIDE;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let p = 0; p < side * side; p++) data.set([background[0], background[1], background[2], 255], p * 4);
  const left = Math.floor((side - image.width) / 2);
  const top = Math.floor((side - image.height) / 2);
  for (let y = 0; y < image.height; y++) {
    data.set(image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4), ((top + y) * side + left) * 4);
  }
  return { width: side, height: side, data };
}

/** Rec. 601 luma of an RGB colour, 0–255. */
export const luma = ([r, g, b]: Rgb) => 0.299 * r + 0.587 * g + 0.114 * b;

/** Grey in [0, 1], negated if asked, the background stretched to 0, rounded to 8 bits. */
function toGrey(image: RgbaImage, background: Rgb, inverted: boolean): Float32Array {
  const grey = (v: number) => (inverted ? 255 - v : v) / 255;
  const floor = Math.min(grey(luma(background)), 0.999);
  const out = new Float32Array(image.width * image.height);
  for (let p = 0; p < out.length; p++) {
    const i = p * 4;
    const v = (grey(luma([image.data[i], image.data[i + 1], image.data[i + 2]])) - floor) / (1 - floor);
    out[p] = Math.round(Math.min(1, Math.max(0, v)) * 255) / 255;
  }
  return out;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawingToFashion, photoToFashion, type RgbaImage } from '@/lib/preprocessing/photoToFashion';
import { areaResize, gaussianSharpen, GAUSSIAN_3X3 } from '@/lib/preprocessing/rgbaResample';
import { decodePng } from './decodePng';

type Rgba = [number, number, number, number];

/** A width × height picture of `background` with rectangles [x, y, w, h, colour] painted on it. */
function picture(width: number, height: number, background: Rgba, rects: [number, number, number, number, Rgba][] = []): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) data.set(background, p * 4);
  for (const [x0, y0, w, h, colour] of rects) for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) data.set(colour, (y * width + x) * 4);
  return { width, height, data };
}

/** The rows and columns of a 28×28 image that hold a value above 0. */
function inkRows(final: Float32Array) {
  const rows = new Set<number>();
  const cols = new Set<number>();
  final.forEach((v, i) => {
    if (v > 0) {
      rows.add(Math.floor(i / 28));
      cols.add(i % 28);
    }
  });
  return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) };
}

const WHITE: Rgba = [255, 255, 255, 255];
const BLACK: Rgba = [0, 0, 0, 255];

describe('photoToFashion on synthetic pictures', () => {
  // A 40 × 20 black bar on white: trimmed to the bar, 28 × 14 after resizing, centred 7 rows down.
  const bar = photoToFashion(picture(100, 60, WHITE, [[30, 20, 40, 20, BLACK]]));

  it('trims to what differs from the corners, resizes the longest edge to 28 and keeps the aspect ratio', () => {
    expect(bar.box).toEqual({ x: 30, y: 20, width: 40, height: 20 });
    expect([bar.trimmed.width, bar.trimmed.height]).toEqual([40, 20]);
    expect([bar.resized.width, bar.resized.height]).toEqual([28, 14]);
    expect([bar.centred.width, bar.centred.height]).toEqual([28, 28]);
  });

  it('negates a light background: the dark bar becomes 1 on 0, centred vertically', () => {
    expect(bar.inverted).toBe(true);
    expect(bar.empty).toBe(false);
    for (let r = 0; r < 28; r++) for (let c = 0; c < 28; c++) expect(bar.final[r * 28 + c]).toBe(r >= 7 && r < 21 ? 1 : 0);
  });

  it('leaves a dark background as it is: a light bar on black gives the same image', () => {
    const dark = photoToFashion(picture(100, 60, BLACK, [[30, 20, 40, 20, WHITE]]));
    expect(dark.inverted).toBe(false);
    expect(Array.from(dark.final)).toEqual(Array.from(bar.final));
  });

  it('keeps a tall shape tall and centres it horizontally', () => {
    const tall = photoToFashion(picture(200, 200, WHITE, [[90, 70, 20, 50, BLACK]]));
    // 20 × 50 scaled by 28 / 50: 11.2 → 11 columns, placed floor((28 − 11) / 2) = 8 from the left.
    expect([tall.resized.width, tall.resized.height]).toEqual([11, 28]);
    expect(inkRows(tall.final)).toEqual({ top: 0, bottom: 27, left: 8, right: 18 });
  });

  it('ignores pixels within 5 % of the largest RGB distance of the background, and not farther ones', () => {
    const grey: Rgba = [200, 200, 200, 255];
    // Distances from the background: √(5² + 10²) ≈ 11 (kept out) and 30 (kept in); the limit is 0.05 · 255 · √3 ≈ 22.1.
    const near = photoToFashion(picture(50, 50, grey, [[5, 5, 3, 3, [205, 210, 200, 255]], [20, 30, 4, 2, [200, 230, 200, 255]]]));
    expect(near.box).toEqual({ x: 20, y: 30, width: 4, height: 2 });
    const onlyNear = photoToFashion(picture(50, 50, grey, [[5, 5, 3, 3, [212, 212, 212, 255]]])); // distance 20.8
    expect(onlyNear.empty).toBe(true);
  });

  it('stretches a light grey background to 0 after negating, as the dataset\'s background is', () => {
    const r = photoToFashion(picture(60, 60, [240, 240, 240, 255], [[10, 10, 40, 40, BLACK]]));
    expect(r.inverted).toBe(true);
    expect(r.final.every((v) => v === 1)).toBe(true); // the square fills the frame
    const framed = photoToFashion(picture(60, 60, [240, 240, 240, 255], [[10, 20, 40, 20, [120, 120, 120, 255]]]));
    expect(framed.final[0]).toBe(0);
    // Grey 120 negated is 135/255; stretched from the background's 15/255: (135 − 15) / (255 − 15) = 0.5.
    expect(framed.final[14 * 28 + 14]).toBeCloseTo(Math.round(0.5 * 255) / 255, 6);
  });

  it('lays transparent pixels over white, so a cut-out on a transparent background is negated', () => {
    const r = photoToFashion(picture(40, 40, [0, 0, 0, 0], [[10, 10, 20, 20, BLACK]]));
    expect(r.background).toEqual([255, 255, 255]);
    expect(r.inverted).toBe(true);
    expect(r.final.every((v) => v === 1)).toBe(true);
  });

  it('gives a blank image, not an error, for a picture with nothing in it', () => {
    const r = photoToFashion(picture(30, 30, [90, 30, 60, 255]));
    expect(r.empty).toBe(true);
    expect(r.final).toEqual(new Float32Array(784));
  });
});

describe('the resampling steps, checked by hand', () => {
  it('averages the area each output pixel covers', () => {
    // Pixels 0, 90, 180 into 2: each output covers 1.5 inputs. (0 + 0.5·90) / 1.5 = 30; (0.5·90 + 180) / 1.5 = 150.
    const row = picture(3, 1, BLACK, [[1, 0, 1, 1, [90, 90, 90, 255]], [2, 0, 1, 1, [180, 180, 180, 255]]]);
    expect(Array.from(areaResize(row, 2, 1).data.filter((_, i) => i % 4 === 0))).toEqual([30, 150]);
  });

  it('sharpens with 2·x − G∗x: a flat area stays, a lone dot brightens and its neighbours clip at 0', () => {
    const centre = 1 / (1 + 4 * Math.exp(-0.5) + 4 * Math.exp(-1));
    expect(GAUSSIAN_3X3[4]).toBeCloseTo(centre, 12);
    const flat = picture(5, 5, [77, 77, 77, 255]);
    expect(gaussianSharpen(flat).data).toEqual(flat.data);
    const dot = gaussianSharpen(picture(5, 5, BLACK, [[2, 2, 1, 1, [100, 100, 100, 255]]]));
    expect(dot.data[(2 * 5 + 2) * 4]).toBe(Math.round(200 - 100 * centre)); // 180
    expect(dot.data[(2 * 5 + 1) * 4]).toBe(0);
  });
});

describe('drawingToFashion (the pad: light strokes on black)', () => {
  it('trims to the strokes, fills the frame along the longest edge and never negates', () => {
    const r = drawingToFashion(picture(280, 280, BLACK, [[100, 40, 40, 200, WHITE]]));
    expect(r.inverted).toBe(false);
    expect(r.box).toEqual({ x: 100, y: 40, width: 40, height: 200 });
    // 40 × 200 → 6 × 28 (5.6 rounds to 6), 11 columns from the left.
    expect(inkRows(r.final)).toEqual({ top: 0, bottom: 27, left: 11, right: 16 });
  });

  it('uses black as the background even when a stroke covers a corner', () => {
    const r = drawingToFashion(picture(280, 280, BLACK, [[0, 0, 140, 20, WHITE]]));
    expect(r.box).toEqual({ x: 0, y: 0, width: 140, height: 20 });
  });

  it('gives a blank image for an empty pad', () => {
    expect(drawingToFashion(picture(280, 280, BLACK)).final).toEqual(new Float32Array(784));
  });
});

describe('the PNG fixture (a light sneaker on black, made by scripts/fixtures/make-image-fixtures.mjs)', () => {
  const image = decodePng(readFileSync('tests/fixtures/images/sneaker-on-black.png'));
  const r = photoToFashion(image);

  it('is trimmed to the sneaker the script drew, not negated, and centred', () => {
    expect([image.width, image.height]).toEqual([120, 80]);
    // Upper: ellipse centre (52, 56), radii 40 × 26, rows above 56: x from 13 (at row 55, 52 − 40·√(1 − 1/26²) = 12.03), y from 30;
    // the toe reaches x = 106; the sole ends at y = 63.
    expect(r.box).toEqual({ x: 13, y: 30, width: 94, height: 34 });
    expect(r.inverted).toBe(false);
    // 94 × 34 → 28 × 10 (34 · 28 / 94 = 10.1), 9 rows from the top.
    expect([r.resized.width, r.resized.height]).toEqual([28, 10]);
    expect(inkRows(r.final)).toMatchObject({ top: 9, bottom: 18 });
  });
});

describe('the pipeline on anything', () => {
  const images = fc.record({
    width: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(-3, 0.5, Number.NaN, Infinity)),
    height: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(-1, 2.5, Number.NaN)),
    data: fc.uint8Array({ maxLength: 40 * 40 * 4 + 8 }).map((a) => new Uint8ClampedArray(a)),
  });

  it('never throws and always gives 784 values in [0, 1], whole 255ths', () => {
    fc.assert(
      fc.property(images, fc.boolean(), (image, drawing) => {
        const r = (drawing ? drawingToFashion : photoToFashion)(image);
        expect(r.final).toHaveLength(784);
        expect(r.final.every((v) => v >= 0 && v <= 1 && Math.abs(v * 255 - Math.round(v * 255)) < 1e-4)).toBe(true);
        expect(r.centred.data).toHaveLength(28 * 28 * 4);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the aspect ratio of whatever it trims to within one pixel of rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 90 }), (w, h) => {
        const r = photoToFashion(picture(w + 20, h + 20, WHITE, [[10, 10, w, h, BLACK]]));
        expect(Math.max(r.resized.width, r.resized.height)).toBe(28);
        const expected = Math.max(1, (Math.min(w, h) * 28) / Math.max(w, h)); // at least one pixel
        expect(Math.abs(Math.min(r.resized.width, r.resized.height) - expected)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
    );
  });
});

/**
 * The pictures a reader can convolve. Small ones are written out here so a reader can check the
 * arithmetic by hand; the photographs are shipped in public/images and fetched when chosen.
 */

export type Mode = 'gray' | 'rgb';
/** `custom` is typed by the reader (see customInput.ts). */
export type InputName = 'grid' | 'edge' | 'digit' | 'photo' | 'photo-large' | 'pattern' | 'custom';
/** The inputs fetched from public/images (one file per mode). */
export type PhotoName = 'photo' | 'photo-large';

/** An image in the course's [C, H, W] layout, row-major. */
export interface InputImage {
  channels: number;
  height: number;
  width: number;
  data: ArrayLike<number>;
}

export const MODES: readonly Mode[] = ['gray', 'rgb'];
export const INPUT_NAMES: readonly InputName[] = ['grid', 'edge', 'digit', 'photo', 'photo-large', 'pattern', 'custom'];
export const INPUTS_BY_MODE: Record<Mode, readonly InputName[]> = {
  gray: ['grid', 'edge', 'digit', 'photo', 'photo-large', 'custom'],
  rgb: ['photo', 'photo-large', 'pattern'],
};

/**
 * Paths under the site root (public/); see assetUrl in useInputImage. ImageMagick's built-in
 * `rose:` photograph: `photo` is a 16×24 crop (small enough to read its numbers), `photo-large`
 * the whole 46×70 picture, where an edge kernel's output visibly outlines the petals.
 */
export const PHOTO_PATHS: Record<PhotoName, Record<Mode, string>> = {
  photo: { gray: '/images/rose-24x16-gray.json', rgb: '/images/rose-24x16-rgb.json' },
  'photo-large': { gray: '/images/rose-70x46-gray.json', rgb: '/images/rose-70x46-rgb.json' },
};

/** Where an input's numbers come from: written here, a file to fetch, or the reader's typed cells. */
export type InputSource = { kind: 'inline'; image: InputImage } | { kind: 'fetch'; path: string } | { kind: 'typed' };

/** Small integers, for checking a window's sum by hand. */
const NUMBERS = [
  [1, 2, 0, 1, 3],
  [0, 1, 3, 2, 1],
  [2, 0, 1, 1, 0],
  [1, 3, 2, 0, 2],
  [0, 1, 1, 2, 1],
];

/** Left half dark, right half bright: one vertical edge. */
const EDGE = Array.from({ length: 8 }, () => Array.from({ length: 8 }, (_, c) => (c < 4 ? 0 : 1)));

/** A handwritten "3": digit d means intensity d/9 (rounded to 0.1), '.' is 0. */
const DIGIT_ROWS = [
  '............',
  '...5899985..',
  '..78....89..',
  '.........98.',
  '........79..',
  '.....6998...',
  '........89..',
  '.........98.',
  '.........89.',
  '..6.....79..',
  '..7999997...',
  '............',
];
const DIGIT = DIGIT_ROWS.map((row) =>
  [...row].map((ch) => (ch === '.' ? 0 : Math.round((Number(ch) / 9) * 10) / 10)),
);

/** 8×8 coloured blocks on navy: red, yellow (= red + green) and a green stripe. */
function patternPixel(r: number, c: number): [number, number, number] {
  if (c >= 5 && c <= 6) return [0, 0.8, 0];
  if (r >= 1 && r <= 3 && c >= 1 && c <= 3) return [1, 0, 0];
  if (r >= 5 && r <= 6 && c >= 1 && c <= 3) return [1, 1, 0];
  return [0, 0, 0.4];
}

function fromRows(rows: number[][]): InputImage {
  return { channels: 1, height: rows.length, width: rows[0].length, data: rows.flat() };
}

function pattern(): InputImage {
  const h = 8;
  const w = 8;
  const data = new Array<number>(3 * h * w);
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++) {
      const px = patternPixel(r, c);
      for (let ch = 0; ch < 3; ch++) data[ch * h * w + r * w + c] = px[ch];
    }
  return { channels: 3, height: h, width: w, data };
}

const INLINE: Partial<Record<InputName, InputImage>> = {
  grid: fromRows(NUMBERS),
  edge: fromRows(EDGE),
  digit: fromRows(DIGIT),
  pattern: pattern(),
};

export function inputSource(name: InputName, mode: Mode): InputSource {
  if (name === 'photo' || name === 'photo-large') return { kind: 'fetch', path: PHOTO_PATHS[name][mode] };
  if (name === 'custom') return { kind: 'typed' };
  const image = INLINE[name];
  if (!image) throw new Error(`Unknown input ${name}`);
  return { kind: 'inline', image };
}

/** The inline 5×5 grid of small integers (the im2col view's default input). */
export const NUMBERS_IMAGE: InputImage = INLINE.grid as InputImage;

/** Checks a fetched image file: shape fields, and exactly C·H·W finite numbers. */
export function parseImageJson(raw: unknown): InputImage | string {
  if (typeof raw !== 'object' || raw === null) return 'not a JSON object';
  const { channels, height, width, data } = raw as Record<string, unknown>;
  for (const v of [channels, height, width])
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return 'bad shape fields';
  if (!Array.isArray(data)) return 'no data array';
  const c = channels as number;
  const h = height as number;
  const w = width as number;
  if (data.length !== c * h * w) return `expected ${c * h * w} values, found ${data.length}`;
  if (!data.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'non-numeric values';
  return { channels: c, height: h, width: w, data: data as number[] };
}

/** Smallest and largest value, widened to include [0, 1] so images keep their brightness. */
export function valueRange(image: InputImage): [number, number] {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < image.data.length; i++) {
    lo = Math.min(lo, image.data[i]);
    hi = Math.max(hi, image.data[i]);
  }
  return [lo, hi];
}

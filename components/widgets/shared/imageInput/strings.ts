/** Every word the image sources (test images, drawing pad, photo, camera) show. */
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import type { NotImage, Refusal } from '@/lib/preprocessing/imageFile';
import type { ImageSource } from './types';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
const mp = (pixels: number) => `${(pixels / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} megapixels`;
const px = (n: number) => n.toLocaleString('en-US');

const NOT_IMAGE: Record<NotImage, string> = {
  text: 'a text file',
  html: 'a web page',
  svg: 'an SVG drawing',
  pdf: 'a PDF document',
  zip: 'a ZIP archive (or an office document)',
  tiff: 'a TIFF image, which browsers cannot show',
  heic: 'a HEIC photo (the iPhone format), which most browsers cannot decode',
  video: 'a video or another media file',
  unknown: 'not a picture this page recognises',
};

const NOT_IMAGE_ADVICE: Partial<Record<NotImage, string>> = {
  svg: ' Export it as a PNG first.',
  tiff: ' Save it as a PNG or JPEG first.',
  heic: ' Save it as a JPEG first (on an iPhone: Settings → Camera → Formats → Most Compatible).',
};

/** A refused file in a sentence the reader can act on. */
export function refusalMessage(refusal: Refusal | { reason: 'undecodable' } | { reason: 'unreadable' }, fileName?: string): string {
  const file = fileName ? `“${fileName}”` : 'This file';
  switch (refusal.reason) {
    case 'empty':
      return `${file} is empty (0 bytes). Choose another picture.`;
    case 'tooLarge':
      return `${file} is ${mb(refusal.bytes)}; pictures up to ${mb(refusal.maxBytes)} are read. Choose a smaller one, or save it at a lower quality.`;
    case 'tooManyPixels':
      return `${file} is ${px(refusal.width)} × ${px(refusal.height)} pixels (${mp(refusal.width * refusal.height)}); pictures up to ${mp(refusal.maxPixels)} are decoded here. Resize it first.`;
    case 'damaged':
      return `${file} says it is a ${refusal.kind.toUpperCase()} picture, but its header is cut short or damaged. Save it again and retry.`;
    case 'notImage': {
      const renamed = refusal.extension && refusal.is !== 'unknown' ? ` with a .${refusal.extension} name` : '';
      return `${file} is ${NOT_IMAGE[refusal.is]}${renamed}, not a picture the page can use.${NOT_IMAGE_ADVICE[refusal.is] ?? ' Choose a PNG, JPEG, GIF, WebP or BMP picture.'}`;
    }
    case 'undecodable':
      return `${file} looks like a picture, but this browser could not decode it. It may be damaged; save it again as PNG or JPEG and retry.`;
    case 'unreadable':
      return `${file} could not be read. Try again, or choose another picture.`;
  }
}

export const S = {
  className: (label: number) => FASHION_CLASSES[label] ?? `class ${label}`,
  sources: { test: 'Test image', drawing: 'Draw', photo: 'Photo', camera: 'Camera' } satisfies Record<ImageSource, string>,
  sourceLegend: 'Image to use',

  picker: {
    classLegend: 'Class',
    thumbsLabel: (cls: string) => `${cls}: the test images`,
    thumbLabel: (cls: string, index: number) => `${cls}, test image ${index + 1}`,
    random: 'A random one',
    chosen: (cls: string, index: number) => `Chosen: ${cls}, test image ${index + 1} of 1,000.`,
    none: 'No test image chosen yet.',
    hint: 'Arrow keys move between images, Home and End jump to the first and last.',
  },

  pad: {
    label: (strokes: number) => (strokes === 0 ? 'Drawing pad, empty' : `Drawing pad, ${strokes} stroke${strokes === 1 ? '' : 's'}`),
    hint: 'Draw with a mouse, pen or finger: light strokes on black, as Fashion-MNIST images are. With the pad focused, Ctrl+Z (⌘Z) undoes a stroke and Delete clears.',
    undo: 'Undo',
    clear: 'Clear',
    brushLegend: 'Brush',
    brushes: { thin: 'Thin', medium: 'Medium', thick: 'Thick' },
    previewCaption: 'What the network gets (28 × 28)',
    empty: 'The pad is empty: the network gets a black image.',
  },

  photo: {
    choose: 'Choose a photo…',
    fileLabel: 'Photo file',
    drop: 'Drop a photo here, or click here and paste one (Ctrl+V, ⌘V).',
    dropActive: 'Drop it to use it.',
    privacy: 'The photo is decoded in this page and never sent anywhere.',
    reading: (name: string) => `Reading “${name}”…`,
    errorTitle: 'Not used:',
    pasteNothing: 'The clipboard holds no picture. Copy an image (not its address) and paste again.',
    pastedName: 'the pasted picture',
    before: (w: number, h: number) => `Your photo (${px(w)} × ${px(h)} pixels as used)`,
    after: 'After preprocessing: 28 × 28 grey',
    beforeAlt: (name: string, w: number, h: number) => `The photo ${name}, ${px(w)} by ${px(h)} pixels.`,
  },

  camera: {
    start: 'Start the camera',
    snap: 'Take a snapshot',
    stop: 'Stop the camera',
    videoLabel: 'Camera preview',
    hint: 'Hold one item against a plain light or dark background, filling most of the frame.',
    unsupported: 'This browser does not let web pages use a camera. Take a photo and use the Photo tab instead.',
    insecure: 'Browsers allow the camera only on pages served over https (or from this computer). Use the Photo tab instead.',
    refused: 'The camera was not allowed. Allow it in the browser’s site settings and press “Start the camera” again, or use the Photo tab.',
    missing: 'No camera was found. Plug one in and try again, or use the Photo tab.',
    busy: 'The camera is in use by another program. Close it and try again.',
    failed: (reason: string) => `The camera could not start (${reason}). Try again, or use the Photo tab.`,
    starting: 'Asking for the camera…',
    snapshotAlt: 'The snapshot',
    before: (w: number, h: number) => `The snapshot (${px(w)} × ${px(h)} pixels)`,
  },

  stages: {
    summary: 'How it became 28 × 28 (the steps Fashion-MNIST’s images went through)',
    trimmed: (w: number, h: number) => `1. Trimmed to what differs from the corner colour: ${px(w)} × ${px(h)}`,
    resized: (w: number, h: number) => `2. Longest edge resized to 28 (area average): ${w} × ${h}`,
    sharpened: '3. Sharpened (Gaussian, σ = 1)',
    centred: '4. Centred on 28 × 28',
    final: (inverted: boolean) => (inverted ? '5. Negated, grey, background set to 0' : '5. Grey, background set to 0 (not negated)'),
    background: (hex: string, inverted: boolean) =>
      inverted
        ? `The corners are light (${hex}), so the intensities were negated: Fashion-MNIST’s items are light on black.`
        : `The corners are dark (${hex}), so the intensities were kept: the item is already light on dark.`,
    empty: 'Nothing in this picture stands out from its corner colour, so the network gets a black image. Try an item on a plain background.',
    stageAlt: (name: string) => `${name}.`,
    finalAlt: 'The 28 × 28 grey image the network gets: light item on black.',
  },
} as const;

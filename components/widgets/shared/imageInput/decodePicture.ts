/**
 * A picture file (or a camera frame) decoded in the page, scaled down to the working size and
 * read back as RGBA pixels. Nothing leaves the browser. The checks run on the bytes first
 * (lib/preprocessing/imageFile), so a text file or a 54-megapixel PNG is refused before decoding.
 */
import { checkPixels, IMAGE_LIMITS, sniffImage, workingSize, type ImageKind, type Refusal } from '@/lib/preprocessing/imageFile';
import type { RgbaImage } from '@/lib/preprocessing/photoToFashion';

export type PictureRefusal = Refusal | { reason: 'undecodable' } | { reason: 'unreadable' };
export type Decoded = { ok: true; image: RgbaImage; original: { width: number; height: number }; kind: ImageKind } | { ok: false; refusal: PictureRefusal };

type Drawable = ImageBitmap | HTMLImageElement | HTMLVideoElement;

/** `source` (naturally width × height) drawn at the working size and read back. */
export function readPixels(source: Drawable, width: number, height: number): RgbaImage {
  const size = workingSize(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, size.width, size.height);
  return { width: size.width, height: size.height, data: ctx.getImageData(0, 0, size.width, size.height).data };
}

async function decodeWithElement(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Reads, checks and decodes a picture file; never throws. */
export async function decodePicture(file: Blob & { name?: string }): Promise<Decoded> {
  if (file.size > IMAGE_LIMITS.maxBytes) return { ok: false, refusal: { reason: 'tooLarge', bytes: file.size, maxBytes: IMAGE_LIMITS.maxBytes } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, refusal: { reason: 'unreadable' } };
  }
  const sniffed = sniffImage(bytes, { name: file.name, fileSize: file.size });
  if (!sniffed.ok) return sniffed;
  try {
    let source: ImageBitmap | HTMLImageElement;
    if (typeof createImageBitmap === 'function') source = await createImageBitmap(file, { imageOrientation: 'from-image' });
    else source = await decodeWithElement(file);
    const width = 'naturalWidth' in source ? source.naturalWidth : source.width;
    const height = 'naturalHeight' in source ? source.naturalHeight : source.height;
    const tooBig = checkPixels(width, height, sniffed.kind);
    if (tooBig) {
      if ('close' in source) source.close();
      return { ok: false, refusal: tooBig };
    }
    const image = readPixels(source, width, height);
    if ('close' in source) source.close();
    return { ok: true, image, original: { width, height }, kind: sniffed.kind };
  } catch {
    return { ok: false, refusal: { reason: 'undecodable' } };
  }
}

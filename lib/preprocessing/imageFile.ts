/**
 * What a file a reader drops, pastes or picks really is, read from its first bytes (magic numbers,
 * not the name), and whether the page may decode it: its size in bytes and, read from the header,
 * in pixels. Refusals are codes; the widget's strings put them into words. No DOM.
 */

export const IMAGE_KINDS = ['png', 'jpeg', 'gif', 'webp', 'bmp', 'avif'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

export const IMAGE_LIMITS = {
  /** Largest file read, in bytes (15 MB). */
  maxBytes: 15 * 1024 * 1024,
  /** Largest picture decoded, in pixels (40 megapixels: a 160 MB bitmap). */
  maxPixels: 40_000_000,
  /** Longest edge a picture is scaled down to before the pipeline runs. */
  workingSide: 1024,
} as const;

/** Things a file may be instead of a picture the page can decode. */
export type NotImage = 'text' | 'html' | 'svg' | 'pdf' | 'zip' | 'tiff' | 'heic' | 'video' | 'unknown';

export type Refusal =
  | { reason: 'empty' }
  | { reason: 'tooLarge'; bytes: number; maxBytes: number }
  | { reason: 'notImage'; is: NotImage; extension: string | null }
  | { reason: 'damaged'; kind: ImageKind }
  | { reason: 'tooManyPixels'; width: number; height: number; maxPixels: number };

export type Sniffed = { ok: true; kind: ImageKind; width: number | null; height: number | null } | { ok: false; refusal: Refusal };

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + ((b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
const i32le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

type Size = { width: number; height: number } | null;

function pngSize(b: Uint8Array): Size {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

const gifSize = (b: Uint8Array): Size => (b.length < 10 ? null : { width: u16le(b, 6), height: u16le(b, 8) });

function bmpSize(b: Uint8Array): Size {
  if (b.length < 26) return null;
  const header = i32le(b, 14);
  if (header === 12) return { width: u16le(b, 18), height: u16le(b, 20) };
  return { width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) }; // negative height: rows stored top-down
}

function webpSize(b: Uint8Array): Size {
  if (b.length < 30) return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && startsWith(b, [0x9d, 0x01, 0x2a], 23)) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  return null;
}

/** The frame size from a JPEG's first start-of-frame marker, walking the segments before it. */
function jpegSize(b: Uint8Array): Size {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or start of scan before any frame
    const length = u16be(b, i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return i + 8 < b.length ? { width: u16be(b, i + 7), height: u16be(b, i + 5) } : null;
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

/** The kind of image the bytes start with, and a reader for its size, or null. */
function imageKind(b: Uint8Array): { kind: ImageKind; size: (b: Uint8Array) => Size } | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png', size: pngSize };
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', size: jpegSize };
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return { kind: 'gif', size: gifSize };
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { kind: 'webp', size: webpSize };
  if (b.length >= 2 && ascii(b, 0, 2) === 'BM') return { kind: 'bmp', size: bmpSize };
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp' && ['avif', 'avis'].includes(ascii(b, 8, 4))) return { kind: 'avif', size: () => null };
  return null;
}

/** What a file that is not a decodable picture is, from its first bytes. */
function whatElse(b: Uint8Array): NotImage {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') return /^(heic|heix|hevc|mif1|msf1)$/.test(ascii(b, 8, 4)) ? 'heic' : 'video';
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) return 'video'; // Matroska / WebM
  const head = b.subarray(0, 1024);
  const text = isText(head);
  if (!text) return 'unknown';
  const start = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (start.includes('<svg')) return 'svg';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return 'text';
}

/** No control bytes but tabs and line ends, and valid UTF-8. */
function isText(b: Uint8Array): boolean {
  if (b.length === 0) return false;
  for (const v of b) if (v < 0x20 && v !== 0x09 && v !== 0x0a && v !== 0x0d && v !== 0x0c) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true }); // streaming: a character cut at the end is no error
    return true;
  } catch {
    return false;
  }
}

/** The extension of a file name, lower case without the dot, or null. */
export function extensionOf(name: string | undefined): string | null {
  const m = /\.([a-z0-9]{1,8})$/i.exec(name ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** A refusal when a picture of width × height pixels is too big (or has no pixels), else null. */
export function checkPixels(width: number, height: number, kind: ImageKind): Refusal | null {
  if (!(width > 0 && height > 0)) return { reason: 'damaged', kind };
  if (width * height > IMAGE_LIMITS.maxPixels) return { reason: 'tooManyPixels', width, height, maxPixels: IMAGE_LIMITS.maxPixels };
  return null;
}

/**
 * What the file is: a picture of a kind the page can decode (with its size when the header says)
 * or a refusal. `bytes` is the file's start (all of it for a JPEG, whose size may follow a long
 * metadata block); `fileSize` its full length.
 */
export function sniffImage(bytes: Uint8Array, { name, fileSize = bytes.length }: { name?: string; fileSize?: number } = {}): Sniffed {
  if (fileSize === 0 || bytes.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  if (fileSize > IMAGE_LIMITS.maxBytes) return { ok: false, refusal: { reason: 'tooLarge', bytes: fileSize, maxBytes: IMAGE_LIMITS.maxBytes } };
  const found = imageKind(bytes);
  if (!found) return { ok: false, refusal: { reason: 'notImage', is: whatElse(bytes), extension: extensionOf(name) } };
  if (found.kind === 'avif') return { ok: true, kind: 'avif', width: null, height: null };
  const size = found.size(bytes);
  if (!size) return { ok: false, refusal: { reason: 'damaged', kind: found.kind } };
  const refusal = checkPixels(size.width, size.height, found.kind);
  return refusal ? { ok: false, refusal } : { ok: true, kind: found.kind, ...size };
}

/** The size a picture is drawn at before the pipeline: its own, or scaled so the longest edge is `maxSide`. */
export function workingSize(width: number, height: number, maxSide: number = IMAGE_LIMITS.workingSide): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

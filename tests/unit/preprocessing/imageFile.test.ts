import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IMAGE_LIMITS, sniffImage, workingSize } from '@/lib/preprocessing/imageFile';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/images/${name}`));
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const le16 = (v: number) => [v & 0xff, v >> 8];
const le32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];

describe('sniffImage on the fixture files', () => {
  it('reads the PNG\'s type and size from its header', () => {
    expect(sniffImage(fixture('sneaker-on-black.png'), { name: 'sneaker-on-black.png' })).toEqual({ ok: true, kind: 'png', width: 120, height: 80 });
  });

  it('finds the JPEG\'s size in its start-of-frame segment', () => {
    expect(sniffImage(fixture('boot-on-light-grey.jpg'))).toEqual({ ok: true, kind: 'jpeg', width: 300, height: 400 });
  });

  it('refuses the 9000 × 6000 PNG before decoding it: 54 megapixels is over the limit', () => {
    const file = fixture('huge-9000x6000.png');
    expect(file.length).toBeLessThan(20_000); // small on disk, 216 MB once decoded
    expect(sniffImage(file)).toEqual({ ok: false, refusal: { reason: 'tooManyPixels', width: 9000, height: 6000, maxPixels: 40_000_000 } });
  });

  it('says a text file renamed .png is text, and keeps the extension it pretends to have', () => {
    expect(sniffImage(fixture('notes-renamed.png'), { name: 'notes-renamed.png' })).toEqual({ ok: false, refusal: { reason: 'notImage', is: 'text', extension: 'png' } });
  });

  it('refuses a file over 15 MB by its size alone', () => {
    const size = statSync('tests/fixtures/images/sneaker-on-black.png').size;
    expect(sniffImage(fixture('sneaker-on-black.png'), { fileSize: size })).toMatchObject({ ok: true });
    expect(sniffImage(fixture('sneaker-on-black.png'), { fileSize: IMAGE_LIMITS.maxBytes + 1 })).toEqual({ ok: false, refusal: { reason: 'tooLarge', bytes: IMAGE_LIMITS.maxBytes + 1, maxBytes: 15 * 1024 * 1024 } });
  });
});

describe('sniffImage on headers built by hand', () => {
  it('reads GIF and BMP sizes (a bottom-up BMP has a positive height, a top-down one a negative)', () => {
    expect(sniffImage(bytes('GIF89a', le16(640), le16(480), [0, 0, 0]))).toEqual({ ok: true, kind: 'gif', width: 640, height: 480 });
    const bmp = (h: number) => bytes('BM', le32(0), le32(0), le32(54), le32(40), le32(300), le32(h), [1, 0, 24, 0]);
    expect(sniffImage(bmp(200))).toEqual({ ok: true, kind: 'bmp', width: 300, height: 200 });
    expect(sniffImage(bmp(-200))).toEqual({ ok: true, kind: 'bmp', width: 300, height: 200 });
  });

  it('reads the three kinds of WebP header', () => {
    const riff = (chunk: string, body: number[]) => bytes('RIFF', le32(100), 'WEBP', chunk, le32(body.length), body, new Array(8).fill(0));
    // Lossy: frame tag, start code 9d 01 2a, then 14-bit width and height.
    expect(sniffImage(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(800), ...le16(600)]))).toEqual({ ok: true, kind: 'webp', width: 800, height: 600 });
    // Lossless: signature 0x2f, then width − 1 and height − 1 in 14 bits each.
    const bits = (1023 & 0x3fff) | ((767 & 0x3fff) << 14);
    expect(sniffImage(riff('VP8L', [0x2f, ...le32(bits)]))).toEqual({ ok: true, kind: 'webp', width: 1024, height: 768 });
    // Extended: flags, then canvas width − 1 and height − 1 in 24 bits each.
    expect(sniffImage(riff('VP8X', [0, 0, 0, 0, 0xff, 0x0f, 0, 0xff, 0x0b, 0]))).toEqual({ ok: true, kind: 'webp', width: 4096, height: 3072 });
  });

  it('names what other files are', () => {
    const not = (b: Uint8Array, name?: string) => sniffImage(b, { name });
    expect(not(bytes('%PDF-1.7\n'), 'photo.jpg')).toEqual({ ok: false, refusal: { reason: 'notImage', is: 'pdf', extension: 'jpg' } });
    expect(not(bytes([0x50, 0x4b, 3, 4, 20, 0]))).toMatchObject({ refusal: { is: 'zip', extension: null } });
    expect(not(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ refusal: { is: 'svg' } });
    expect(not(bytes('\n <!DOCTYPE html><html></html>'))).toMatchObject({ refusal: { is: 'html' } });
    expect(not(bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0]))).toMatchObject({ refusal: { is: 'heic' } });
    expect(not(bytes([0, 0, 0, 24], 'ftypisom', [0, 0, 0, 0]))).toMatchObject({ refusal: { is: 'video' } });
    expect(not(bytes('II', [42, 0, 8, 0, 0, 0]))).toMatchObject({ refusal: { is: 'tiff' } });
    expect(not(bytes([0, 1, 2, 3, 250, 251]))).toMatchObject({ refusal: { is: 'unknown' } });
    expect(not(new TextEncoder().encode('Grüße, 写真\n'))).toMatchObject({ refusal: { is: 'text' } });
    expect(not(new Uint8Array(0))).toEqual({ ok: false, refusal: { reason: 'empty' } });
  });

  it('calls a picture whose header is cut short or says 0 pixels damaged', () => {
    const png = fixture('sneaker-on-black.png');
    expect(sniffImage(png.subarray(0, 16))).toEqual({ ok: false, refusal: { reason: 'damaged', kind: 'png' } });
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toEqual({ ok: false, refusal: { reason: 'damaged', kind: 'jpeg' } });
    expect(sniffImage(bytes('GIF87a', le16(0), le16(10), [0, 0]))).toEqual({ ok: false, refusal: { reason: 'damaged', kind: 'gif' } });
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom([], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff], [0x42, 0x4d], [...'RIFF'].map((c) => c.charCodeAt(0))), (tail, head) => {
        const r = sniffImage(new Uint8Array([...head, ...tail]));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('workingSize', () => {
  it('scales the longest edge down to 1024 and leaves smaller pictures alone', () => {
    expect(workingSize(4000, 3000)).toEqual({ width: 1024, height: 768 });
    expect(workingSize(300, 400)).toEqual({ width: 300, height: 400 });
    expect(workingSize(40_000, 1)).toEqual({ width: 1024, height: 1 });
  });
});

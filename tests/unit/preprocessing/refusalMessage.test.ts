import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffImage, type Refusal } from '@/lib/preprocessing/imageFile';
import { refusalMessage } from '@/components/widgets/shared/imageInput/strings';

const refusalOf = (file: string): Refusal => {
  const r = sniffImage(new Uint8Array(readFileSync(`tests/fixtures/images/${file}`)), { name: file });
  if (r.ok) throw new Error(`${file} was accepted`);
  return r.refusal;
};

describe('what a reader is told about a file that cannot be used', () => {
  it('names a renamed text file for what it is', () => {
    expect(refusalMessage(refusalOf('notes-renamed.png'), 'notes-renamed.png')).toBe(
      '“notes-renamed.png” is a text file with a .png name, not a picture the page can use. Choose a PNG, JPEG, GIF, WebP or BMP picture.',
    );
  });

  it('gives the huge picture\'s size and the limit, and what to do', () => {
    expect(refusalMessage(refusalOf('huge-9000x6000.png'), 'huge.png')).toBe(
      '“huge.png” is 9,000 × 6,000 pixels (54 megapixels); pictures up to 40 megapixels are decoded here. Resize it first.',
    );
  });

  it('words every other refusal as a sentence with a way out', () => {
    const cases: [Parameters<typeof refusalMessage>[0], RegExp][] = [
      [{ reason: 'empty' }, /^This file is empty \(0 bytes\)\. Choose another picture\.$/],
      [{ reason: 'tooLarge', bytes: 20 * 1024 * 1024, maxBytes: 15 * 1024 * 1024 }, /is 20 MB; pictures up to 15 MB are read\. Choose a smaller one/],
      [{ reason: 'damaged', kind: 'jpeg' }, /says it is a JPEG picture, but its header is cut short or damaged\. Save it again/],
      [{ reason: 'notImage', is: 'heic', extension: 'jpg' }, /a HEIC photo \(the iPhone format\).* with a \.jpg name.*Save it as a JPEG first/],
      [{ reason: 'notImage', is: 'unknown', extension: 'png' }, /^This file is not a picture: it is none of PNG, JPEG, GIF, WebP, BMP or AVIF\. Choose/],
      [{ reason: 'undecodable' }, /this browser could not decode it/],
      [{ reason: 'unreadable' }, /could not be read\. Try again/],
    ];
    for (const [refusal, words] of cases) expect(refusalMessage(refusal)).toMatch(words);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadFashionMnist, DataLoadError, FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { DATA_DIR, fashion, fileFetch } from './fashionData';

describe('the shipped Fashion-MNIST subset', () => {
  it('has 6,000 training and 1,000 test images, balanced over the 10 classes', async () => {
    const { train, test } = await fashion();
    expect(train.count).toBe(6000);
    expect(test.count).toBe(1000);
    for (const [set, per] of [[train, 600], [test, 100]] as const) {
      const counts = new Array(10).fill(0);
      set.labels.forEach((l) => counts[l]++);
      expect(counts).toEqual(new Array(10).fill(per));
      expect(set.images.length).toBe(set.count * 784);
    }
  });

  it('keeps the original order: the first training and test images are ankle boots, as in Fashion-MNIST', async () => {
    const { train, test } = await fashion();
    expect(FASHION_CLASSES[train.labels[0]]).toBe('Ankle boot');
    expect(FASHION_CLASSES[test.labels[0]]).toBe('Ankle boot');
  });

  it('reports byte progress that ends at the total', async () => {
    const seen: number[] = [];
    let total = 0;
    await loadFashionMnist({ baseUrl: 'data:/', splits: ['test'], fetchImpl: fileFetch, onProgress: (p) => (seen.push(p.loaded), (total = p.total)) });
    const manifest = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8'));
    expect(total).toBe(manifest.splits.test.images.compressedBytes + manifest.splits.test.labels.compressedBytes);
    expect(seen.at(-1)).toBe(total);
  });

  it('explains a missing file, a damaged file and a checksum mismatch', async () => {
    const missing = (u: string) => (u.endsWith('test-images.u8.deflate') ? Promise.resolve(new Response('', { status: 404 })) : fileFetch(u));
    await expect(loadFashionMnist({ baseUrl: 'data:/', splits: ['test'], fetchImpl: missing })).rejects.toThrow(/answered 404/);
    const garbled = async (u: string) => (u.endsWith('test-labels.u8.deflate') ? new Response(new Uint8Array([1, 2, 3, 4])) : fileFetch(u));
    await expect(loadFashionMnist({ baseUrl: 'data:/', splits: ['test'], fetchImpl: garbled })).rejects.toThrow(/damaged/);
    const tampered = async (u: string) => {
      if (!u.endsWith('test-labels.u8.deflate')) return fileFetch(u);
      const labels = zlib.inflateSync(fs.readFileSync(path.join(DATA_DIR, 'test-labels.u8.deflate')));
      labels[0] = (labels[0] + 1) % 10;
      return new Response(zlib.deflateSync(labels));
    };
    await expect(loadFashionMnist({ baseUrl: 'data:/', splits: ['test'], fetchImpl: tampered })).rejects.toThrow(/checksum/);
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadFashionMnist({ baseUrl: 'data:/', splits: ['test'], fetchImpl: offline })).rejects.toBeInstanceOf(DataLoadError);
  });
});

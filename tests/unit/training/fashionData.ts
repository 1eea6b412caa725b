/** The shipped Fashion-MNIST subset read from public/ through the real loader (a file-backed fetch). */
import fs from 'node:fs';
import path from 'node:path';
import { loadFashionMnist } from '@/lib/data/fashionMnist';
import type { ImageSet } from '@/lib/compute/training/dataset';

export const DATA_DIR = path.resolve(__dirname, '../../../public/data/fashion-mnist');

export const fileFetch = async (url: string) => {
  const file = path.join(DATA_DIR, url.replace(/^data:\/\//, ''));
  if (!fs.existsSync(file)) return new Response('missing', { status: 404 });
  return new Response(fs.readFileSync(file));
};

let cached: Promise<{ train: ImageSet; test: ImageSet }> | undefined;
export function fashion() {
  cached ??= loadFashionMnist({ baseUrl: 'data:/', splits: ['train', 'test'], fetchImpl: fileFetch }).then((r) => ({ train: r.train!, test: r.test! }));
  return cached;
}

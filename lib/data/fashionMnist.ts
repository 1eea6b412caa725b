/**
 * Loads the Fashion-MNIST subset shipped in public/data/fashion-mnist/ (made by
 * scripts/data/make-fashion-subset.mjs): a manifest, then deflate-compressed bytes for images and
 * labels, inflated with DecompressionStream and checked against the manifest's sizes and SHA-256.
 * Progress is reported in bytes; every failure says what went wrong in words a reader can act on.
 */
import type { ImageSet } from '../compute/training/dataset';

export const FASHION_CLASSES = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'] as const;

export type Split = 'train' | 'test';

interface FileEntry {
  file: string;
  bytes: number;
  compressedBytes: number;
  sha256: string;
}

export interface Manifest {
  width: number;
  height: number;
  classes: string[];
  splits: Record<Split, { count: number; perClass: number; images: FileEntry; labels: FileEntry }>;
}

export interface LoadProgress {
  loaded: number;
  total: number;
}

export class DataLoadError extends Error {}

type Fetch = (url: string) => Promise<Response>;

export function parseManifest(raw: unknown): Manifest {
  const m = raw as Manifest;
  const ok = (e: FileEntry | undefined) => !!e && typeof e.file === 'string' && Number.isInteger(e.bytes) && Number.isInteger(e.compressedBytes) && typeof e.sha256 === 'string';
  if (!m || m.width !== 28 || m.height !== 28 || !Array.isArray(m.classes) || m.classes.length !== 10) throw new DataLoadError('The data manifest is not the one this course expects.');
  for (const s of ['train', 'test'] as const) {
    const split = m.splits?.[s];
    if (!split || !ok(split.images) || !ok(split.labels) || split.images.bytes !== split.count * 784 || split.labels.bytes !== split.count) {
      throw new DataLoadError(`The data manifest's "${s}" entry is damaged.`);
    }
  }
  return m;
}

async function fetchBytes(fetchImpl: Fetch, url: string, onChunk: (n: number) => void): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new DataLoadError(`Could not reach ${url} (${e instanceof Error ? e.message : String(e)}). Check the connection and try again.`);
  }
  if (!res.ok) throw new DataLoadError(`The server answered ${res.status} for ${url}. Try again, or rebuild the course if the file is missing.`);
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    onChunk(buf.length);
    return buf;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    onChunk(value.length);
  }
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new DataLoadError('The downloaded data is damaged (it does not decompress). Try again.');
  }
}

async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null; // pages served over plain http from another host have no subtle crypto
  const digest = await subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function verified(entry: FileEntry, bytes: Uint8Array): Promise<Uint8Array> {
  const raw = await inflate(bytes);
  if (raw.length !== entry.bytes) throw new DataLoadError(`${entry.file} has ${raw.length} bytes; ${entry.bytes} were expected. Try again.`);
  const hash = await sha256Hex(raw);
  if (hash !== null && hash !== entry.sha256) throw new DataLoadError(`${entry.file} does not match its checksum. Try again.`);
  return raw;
}

export interface LoadOptions {
  /** Folder holding manifest.json, e.g. `${basePath}/data/fashion-mnist`. */
  baseUrl: string;
  splits: Split[];
  onProgress?: (p: LoadProgress) => void;
  fetchImpl?: Fetch;
}

/** Downloads and checks the requested splits. */
export async function loadFashionMnist({ baseUrl, splits, onProgress, fetchImpl = (u) => fetch(u) }: LoadOptions): Promise<Record<Split, ImageSet | undefined>> {
  const manifestBytes = await fetchBytes(fetchImpl, `${baseUrl}/manifest.json`, () => {});
  let manifest: Manifest;
  try {
    manifest = parseManifest(JSON.parse(new TextDecoder().decode(manifestBytes)));
  } catch (e) {
    throw e instanceof DataLoadError ? e : new DataLoadError('The data manifest is not valid JSON.');
  }
  const entries = splits.flatMap((s) => [manifest.splits[s].images, manifest.splits[s].labels]);
  const total = entries.reduce((n, e) => n + e.compressedBytes, 0);
  let loaded = 0;
  onProgress?.({ loaded, total });
  const files = await Promise.all(
    entries.map((e) =>
      fetchBytes(fetchImpl, `${baseUrl}/${e.file}`, (n) => {
        loaded += n;
        onProgress?.({ loaded: Math.min(loaded, total), total });
      }).then((b) => verified(e, b)),
    ),
  );
  const out: Record<Split, ImageSet | undefined> = { train: undefined, test: undefined };
  splits.forEach((s, i) => {
    out[s] = { images: files[2 * i], labels: files[2 * i + 1], count: manifest.splits[s].count, height: 28, width: 28 };
  });
  return out;
}

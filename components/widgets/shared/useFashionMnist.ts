'use client';
import { useCallback, useEffect, useState } from 'react';
import { loadFashionMnist, type LoadProgress, type Split } from '@/lib/data/fashionMnist';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { assetUrl } from './assetUrl';

export type FashionData = { train: ImageSet; test: ImageSet };

export type DataStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: LoadProgress }
  | { kind: 'ready'; data: FashionData }
  | { kind: 'failed'; error: string };

// One download per page, shared by every widget that trains.
let pending: Promise<FashionData> | null = null;
let loaded: FashionData | null = null;
const listeners = new Set<(p: LoadProgress) => void>();
const readyListeners = new Set<(d: FashionData) => void>();
let lastProgress: LoadProgress = { loaded: 0, total: 0 };

/** Starts (or joins) the page's one download of the images. */
export function loadFashionData(): Promise<FashionData> {
  pending ??= loadFashionMnist({
    baseUrl: assetUrl('/data/fashion-mnist'),
    splits: ['train', 'test'] as Split[],
    onProgress: (p) => {
      lastProgress = p;
      listeners.forEach((l) => l(p));
    },
  }).then(
    (r) => {
      loaded = { train: r.train!, test: r.test! };
      readyListeners.forEach((l) => l(loaded!));
      return loaded;
    },
    (e: unknown) => {
      pending = null; // a retry starts again
      throw e;
    },
  );
  return pending;
}

/**
 * The shipped Fashion-MNIST subset (6,000 training and 1,000 test images), downloaded when
 * `load()` is first called (or at once with `auto`), with progress and a retry after a failure.
 */
export function useFashionMnist(auto = false) {
  const [status, setStatus] = useState<DataStatus>(() => (loaded ? { kind: 'ready', data: loaded } : { kind: 'idle' }));
  // Images another widget on the page downloaded are this widget's too, without a second click.
  useEffect(() => {
    const onReady = (data: FashionData) => setStatus({ kind: 'ready', data });
    readyListeners.add(onReady);
    return () => void readyListeners.delete(onReady);
  }, []);
  const load = useCallback(() => {
    setStatus({ kind: 'loading', progress: lastProgress });
    const onProgress = (p: LoadProgress) => setStatus((s) => (s.kind === 'loading' ? { kind: 'loading', progress: p } : s));
    listeners.add(onProgress);
    loadFashionData()
      .then(
        (data) => setStatus({ kind: 'ready', data }),
        (e: unknown) => setStatus({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
      )
      .finally(() => listeners.delete(onProgress));
  }, []);
  useEffect(() => {
    if (auto) load();
  }, [auto, load]);
  return { status, load };
}

export type TestStatus = Exclude<DataStatus, { kind: 'ready' }> | { kind: 'ready'; test: ImageSet };

let pendingTest: Promise<ImageSet> | null = null;

/** The test split alone (1,000 images, 440 KB), for widgets that only look at images; joins a full download already made or under way. */
export function loadFashionTest(onProgress?: (p: LoadProgress) => void): Promise<ImageSet> {
  if (loaded) return Promise.resolve(loaded.test);
  if (pending) return pending.then((d) => d.test);
  pendingTest ??= loadFashionMnist({ baseUrl: assetUrl('/data/fashion-mnist'), splits: ['test'], onProgress }).then(
    (r) => r.test!,
    (e: unknown) => {
      pendingTest = null;
      throw e;
    },
  );
  return pendingTest;
}

/** The shipped test images only, downloaded when `load()` is first called (or at once with `auto`). */
export function useFashionTest(auto = false) {
  const [status, setStatus] = useState<TestStatus>(() => (loaded ? { kind: 'ready', test: loaded.test } : { kind: 'idle' }));
  const load = useCallback(() => {
    setStatus({ kind: 'loading', progress: { loaded: 0, total: 0 } });
    loadFashionTest((progress) => setStatus((s) => (s.kind === 'loading' ? { kind: 'loading', progress } : s))).then(
      (test) => setStatus({ kind: 'ready', test }),
      (e: unknown) => setStatus({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  useEffect(() => {
    if (auto) load();
  }, [auto, load]);
  return { status, load };
}

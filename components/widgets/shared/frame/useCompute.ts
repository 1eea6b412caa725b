'use client';
import { useEffect, useState, type RefObject } from 'react';

type Compute = typeof import('@/lib/compute');

let pending: Promise<Compute> | null = null;

/** Loads the TensorFlow.js compute layer once for the whole page. */
export function loadCompute(): Promise<Compute> {
  pending ??= import('@/lib/compute').then(async (m) => {
    await m.ready();
    // A read-only count for the browser tests (and the curious): tensors alive on the page.
    (window as unknown as { __cnnTensors?: () => number }).__cnnTensors = () => m.tf.memory().numTensors;
    return m;
  });
  return pending;
}

/**
 * The compute layer, loaded when the widget at `ref` first comes near the viewport, so a
 * lesson's text never waits for TensorFlow.js.
 */
export function useCompute(ref: RefObject<Element | null>) {
  const [compute, setCompute] = useState<Compute | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const start = () =>
      loadCompute().then(
        (m) => !cancelled && setCompute(m),
        (e: unknown) => !cancelled && setError(`The compute engine failed to load: ${String(e)}`),
      );
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      void start();
      return () => void (cancelled = true);
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          void start();
        }
      },
      { rootMargin: '400px' },
    );
    io.observe(el);
    return () => {
      cancelled = true;
      io.disconnect();
    };
  }, [ref]);
  return { compute, error };
}

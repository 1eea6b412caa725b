'use client';
/**
 * KaTeX, loaded on demand. The widgets typeset formulas with the reader's live numbers, but KaTeX
 * is ~70 KB gzipped, too much for every lesson page's first load; the lesson prose is typeset at
 * build time and needs none of it. So the library arrives with a dynamic import, started by the
 * first formula that mounts and shared by every formula on the page (one module-level promise).
 */
import { useSyncExternalStore } from 'react';

export type Katex = (typeof import('katex'))['default'];

let katex: Katex | null = null;
let loading: Promise<Katex> | null = null;
const listeners = new Set<() => void>();

/** Starts loading KaTeX (once per page) and resolves with it. Safe to call any number of times. */
export function loadKatex(): Promise<Katex> {
  loading ??= import('katex').then(
    (m) => {
      katex = m.default;
      for (const notify of listeners) notify();
      return katex;
    },
    (err: unknown) => {
      loading = null; // a later formula may retry, e.g. after the network comes back
      throw err;
    },
  );
  return loading;
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  // The fallback text stays readable if the chunk cannot be fetched; nothing else to do.
  loadKatex().catch(() => {});
  return () => listeners.delete(notify);
}

/**
 * KaTeX once it has loaded, otherwise null. Always null in the server render and during
 * hydration (so the prerendered fallback matches the client's first render); a formula mounted
 * after KaTeX has arrived gets it at once, with no fallback flash.
 */
export function useKatex(): Katex | null {
  return useSyncExternalStore(
    subscribe,
    () => katex,
    () => null,
  );
}

'use client';
import { useEffect, useState } from 'react';

/** While working, `previous` is the last result (for inputs that have changed since): keep drawing it, but do not read it out as current. */
export type Computed<T> = { kind: 'idle' } | { kind: 'working'; previous?: T } | { kind: 'ready'; value: T } | { kind: 'failed'; error: string };

/** The result to draw: the current one, or the previous one while the next is computed. */
export const shownValue = <T,>(c: Computed<T>): T | null => (c.kind === 'ready' ? c.value : c.kind === 'working' ? (c.previous ?? null) : null);

/**
 * Runs `compute` (synchronous tensor work) a moment after its inputs settle, so dragging a slider
 * does not queue a computation per pixel of travel; a failure becomes a message, never a throw.
 * `compute` is null while the inputs are not ready.
 */
export function useDebounced<T>(compute: (() => T) | null, delayMs = 120): Computed<T> {
  const [result, setResult] = useState<Computed<T>>({ kind: 'idle' });
  useEffect(() => {
    if (!compute) {
      setResult({ kind: 'idle' });
      return;
    }
    setResult((r) => ({ kind: 'working', previous: shownValue(r) ?? undefined }));
    const timer = setTimeout(() => {
      try {
        setResult({ kind: 'ready', value: compute() });
      } catch (e) {
        setResult({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [compute, delayMs]);
  return result;
}

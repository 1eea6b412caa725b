'use client';
import { useEffect, useState } from 'react';

export type Computed<T> = { kind: 'idle' } | { kind: 'working' } | { kind: 'ready'; value: T } | { kind: 'failed'; error: string };

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
    setResult((r) => (r.kind === 'ready' ? r : { kind: 'working' }));
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

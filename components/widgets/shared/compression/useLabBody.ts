'use client';
import { useEffect } from 'react';
import type { Lab } from './useTrainedModel';

/** What LoadGate's compression widgets hand their body: the loaded lab and the widget's state. */
export interface LabBodyProps<S> {
  id: string;
  lab: Lab;
  state: S;
  set: (patch: Partial<S>) => void;
}

/**
 * Measures `count` settings one per step of the shared loop, so the page stays live between
 * them: `measure(k)` runs step k (k = 0 starts over). Runs again when `measure` changes (keep it
 * in a useCallback); stops when the widget goes.
 */
export function useLoopSweep(lab: Lab, count: number, measure: (k: number) => void) {
  const { compute } = lab;
  useEffect(() => {
    const loop = compute.createLoop({
      step: (k) => {
        if (k >= count) return false;
        measure(k);
        return true;
      },
    });
    void loop.start();
    return () => loop.stop();
  }, [compute, count, measure]);
}

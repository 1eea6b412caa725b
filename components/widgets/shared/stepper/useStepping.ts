'use client';
import { useCallback, useEffect } from 'react';
import { usePlayer } from './usePlayer';

/**
 * A stepper's state after its widget's repairs (a link's size without its cells, a kernel too large
 * for the input…); a repaired state is stored, so it is not rebuilt at every render.
 */
export function useRepairedState<S>(stored: S, normalize: (s: S) => S, set: (s: S) => void): S {
  const state = normalize(stored);
  useEffect(() => {
    if (state !== stored) set(state);
  }, [state, stored, set]);
  return state;
}

/**
 * Where the window is: the stored step kept inside the `total` positions (0 when nothing can be
 * computed), the player, and `goTo`, which pauses and moves to a position (clamped).
 */
export function useStepping(requested: number, total: number, speed: number, set: (patch: { step: number }) => void) {
  const step = Math.min(Math.max(0, requested), Math.max(0, total - 1));
  const setStep = useCallback((p: number) => set({ step: p }), [set]);
  const player = usePlayer(step, total - 1, speed, setStep);
  const { pause } = player;
  const goTo = useCallback(
    (p: number) => {
      pause();
      setStep(Math.min(Math.max(0, p), Math.max(0, total - 1)));
    },
    [pause, setStep, total],
  );
  return { step, total, player, goTo };
}

export type Stepping = ReturnType<typeof useStepping>;

'use client';
import { useCallback, useEffect, useState } from 'react';

/**
 * Play/pause through window positions at `speed` windows per second, stopping at the last one.
 * Each tick is a plain state change; the view's CSS transition (off under reduced motion) does
 * any tweening.
 */
export function usePlayer(step: number, last: number, speed: number, setStep: (p: number) => void) {
  const [wantsPlay, setWantsPlay] = useState(false);
  const playing = wantsPlay && step < last;
  useEffect(() => {
    if (!playing) return;
    const t = window.setTimeout(() => {
      setStep(step + 1);
      if (step + 1 >= last) setWantsPlay(false);
    }, 1000 / speed);
    return () => window.clearTimeout(t);
  }, [playing, step, last, speed, setStep]);
  const play = () => {
    if (step >= last) setStep(0);
    setWantsPlay(true);
  };
  const pause = useCallback(() => setWantsPlay(false), []);
  return { playing, play, pause, toggle: () => (playing ? pause() : play()) };
}

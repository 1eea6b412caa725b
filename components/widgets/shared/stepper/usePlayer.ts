'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Above this many windows per second, playing advances once per animation frame. */
const FRAME_SPEED = 50;
/** After a stall (a slow device, a hidden tab) playing resumes from where it was, at most this late. */
const MAX_LAG_MS = 250;

/**
 * How many windows a tick advances: those due since `due` (when the next one was due), at least
 * one, and never more than MAX_LAG_MS of play, so a stalled page does not leap ahead.
 */
export function windowsDue(now: number, due: number, speed: number): number {
  const interval = 1000 / speed;
  const late = Math.min(Math.max(0, now - due), MAX_LAG_MS);
  return Math.max(1, Math.floor(late / interval) + 1);
}

/**
 * Play/pause through window positions at `speed` windows per second, stopping at the last one.
 * Slow speeds are one window per timer tick; fast ones (a 46×70 photo has 3,220 windows) advance
 * once per animation frame by as many windows as are due, so one render serves several windows
 * and the pace holds even when a render takes longer than 1000 / speed ms. The view's CSS
 * transition (off under reduced motion) does any tweening.
 */
export function usePlayer(step: number, last: number, speed: number, setStep: (p: number) => void) {
  const [wantsPlay, setWantsPlay] = useState(false);
  const playing = wantsPlay && step < last;
  // When the next window is due (performance.now() time); null until playing starts.
  const due = useRef<number | null>(null);
  useEffect(() => {
    if (!playing) {
      due.current = null;
      return;
    }
    const interval = 1000 / speed;
    const start = performance.now();
    if (due.current === null || due.current < start - MAX_LAG_MS) due.current = start + interval;
    const advance = (now: number) => {
      const from = due.current ?? now;
      const n = windowsDue(now, from, speed);
      due.current = Math.max(from + n * interval, now - MAX_LAG_MS);
      const next = Math.min(last, step + n);
      setStep(next);
      if (next >= last) setWantsPlay(false);
    };
    if (speed > FRAME_SPEED) {
      // Wait for the first frame at or after the due time (a 120 Hz screen must not double the pace).
      let f = 0;
      const frame = (now: number) => {
        if (due.current !== null && now < due.current - 1) f = window.requestAnimationFrame(frame);
        else advance(now);
      };
      f = window.requestAnimationFrame(frame);
      return () => window.cancelAnimationFrame(f);
    }
    const t = window.setTimeout(() => advance(performance.now()), Math.max(0, due.current - start));
    return () => window.clearTimeout(t);
  }, [playing, step, last, speed, setStep]);
  const play = () => {
    if (step >= last) setStep(0);
    due.current = null;
    setWantsPlay(true);
  };
  const pause = useCallback(() => setWantsPlay(false), []);
  return { playing, play, pause, toggle: () => (playing ? pause() : play()) };
}

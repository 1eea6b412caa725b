'use client';
import { useEffect, useState } from 'react';

const two = (n: number) => String(n).padStart(2, '0');

/** Elapsed time as h:mm:ss (the hours only once there are any). */
export function formatElapsed(ms: number) {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  return `${h ? `${h}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** Elapsed time (pausable) and the wall clock, ticking once a second. */
export function usePresenterTimer() {
  const [now, setNow] = useState<number | null>(null);
  const [start, setStart] = useState<number | null>(null);
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  useEffect(() => {
    const t0 = Date.now();
    setNow(t0);
    setStart(t0);
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = now === null || start === null ? 0 : (pausedAt ?? now) - start;
  const toggle = () => {
    const t = Date.now();
    if (pausedAt === null) setPausedAt(t);
    else {
      setStart((s) => (s ?? t) + (t - pausedAt));
      setPausedAt(null);
    }
  };
  const reset = () => {
    const t = Date.now();
    setStart(t);
    setPausedAt(pausedAt === null ? null : t);
    setNow(t);
  };
  return { elapsed, clock: now === null ? '' : new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }), paused: pausedAt !== null, toggle, reset };
}

'use client';
import { useEffect, useRef, useState } from 'react';

/** The current content width of an element, so an SVG can be drawn at real pixels (text stays
 * legible at 360 px instead of being scaled down by a viewBox). `fallback` is used before layout. */
export function useElementWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(0, Math.floor(el.getBoundingClientRect().width)));
    // A ResizeObserver reports once as soon as it starts observing, so no separate first measure.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

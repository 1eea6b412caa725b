'use client';
import { useEffect, useRef, useState } from 'react';

/** The current content width of an element, so an SVG can be drawn at real pixels (text stays
 * legible at 360 px instead of being scaled down by a viewBox). `fallback` is used before layout.
 * The width is the element's own layout width: on a slide, which the deck scales with a CSS
 * transform, the drawing must not follow the scale (it would shrink, then refit, again and again). */
export function useElementWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const seen = el.getBoundingClientRect().width;
      // offsetWidth ignores transforms but is rounded: it is used only when a transform scales the element.
      setWidth(Math.max(0, Math.floor(Math.abs(seen - el.offsetWidth) > 1 ? el.offsetWidth : seen)));
    };
    // A ResizeObserver reports once as soon as it starts observing, so no separate first measure.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

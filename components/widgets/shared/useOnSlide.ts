'use client';
import { useEffect, useState, type RefObject } from 'react';

/** Whether the element is shown on a slide of the deck (components/slides), which marks the slide body `data-context="slides"`. */
export function useOnSlide(ref: RefObject<HTMLElement | null>): boolean {
  const [onSlide, setOnSlide] = useState(false);
  useEffect(() => {
    setOnSlide(!!ref.current?.closest("[data-context='slides']"));
  }, [ref]);
  return onSlide;
}

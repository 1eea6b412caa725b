'use client';
import { useCallback, useEffect, useRef } from 'react';
import type { InputImage, OnImage } from './types';

/**
 * Hands a source's images to the widget while the source is the active one, and hands its last
 * image again when it becomes active after another source was used (switching back to the drawing
 * shows the drawing again). Returns `emit`.
 */
export function useEmit(onImage: OnImage, active: boolean): OnImage {
  const last = useRef<InputImage | null>(null);
  const latest = useRef(onImage);
  useEffect(() => {
    latest.current = onImage;
  });
  useEffect(() => {
    if (active && last.current) latest.current(last.current);
  }, [active]);
  return useCallback(
    (image: InputImage) => {
      last.current = image;
      if (active) latest.current(image);
    },
    [active],
  );
}

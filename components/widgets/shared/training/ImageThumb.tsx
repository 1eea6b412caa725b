'use client';
import { useEffect, useRef } from 'react';
import { drawGreyImage } from './drawImage';
import { trainingStrings as s } from './strings';
import css from './training.module.css';

/** A 28×28 Fashion-MNIST image drawn crisply at `scale`× with its class as the text alternative. */
export function ImageThumb({ pixels, label, scale = 3, size = 28 }: { pixels: ArrayLike<number>; label: string; scale?: number; size?: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) drawGreyImage(ctx, pixels, size, size, 0, 0, scale);
  }, [pixels, scale, size]);
  return <canvas ref={ref} className={css.thumb} width={size * scale} height={size * scale} role="img" aria-label={s.classLabel(label)} />;
}

'use client';
import { useEffect, useRef } from 'react';
import styles from './AugmentationGallery.module.css';

/** A 28×28 grey image (values 0–1, 1 = ink) on a canvas, drawn dark-on-light, scaled without smoothing. */
export function GreyImage({ pixels, size = 28, label }: { pixels: Float32Array; size?: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(size, size);
    for (let i = 0; i < size * size; i++) {
      const v = 255 - Math.round(Math.min(1, Math.max(0, pixels[i])) * 255);
      img.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [pixels, size]);
  return <canvas ref={ref} width={size} height={size} className={styles.thumb} role="img" aria-label={label} />;
}

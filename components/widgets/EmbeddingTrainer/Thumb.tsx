'use client';
import { useEffect, useRef } from 'react';
import type { ImageSet } from '@/lib/compute/training/dataset';
import styles from './EmbeddingTrainer.module.css';

/** One 28 × 28 image of a set, drawn pixel for pixel and scaled up by CSS. */
export function Thumb({ set, index, size = 56, label }: { set: ImageSet; index: number; size?: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const px = set.width * set.height;
    const img = ctx.createImageData(set.width, set.height);
    for (let p = 0; p < px; p++) {
      const v = set.images[index * px + p];
      img.data.set([v, v, v, 255], p * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [set, index]);
  return <canvas ref={ref} width={set.width} height={set.height} className={styles.thumb} style={{ width: size, height: size }} {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })} />;
}

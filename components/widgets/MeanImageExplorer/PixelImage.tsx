'use client';
import { useEffect, useRef } from 'react';
import { displayValue } from '@/lib/preprocessing/meanSubtraction';
import styles from './MeanImageExplorer.module.css';

interface Props {
  /** Row-major RGB values. Unsigned (0–255) unless `signed`. */
  data: ArrayLike<number>;
  side: number;
  /** Size on screen, CSS pixels; the image is scaled up with crisp pixels. */
  size: number;
  signed?: boolean;
  /** Text alternative; without it the canvas is decorative (its label says what it shows). */
  label?: string;
}

/** A small RGB image on a canvas, each pixel a visible square. */
export function PixelImage({ data, side, size, signed = false, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(side, side);
    for (let p = 0; p < side * side; p++) {
      for (let c = 0; c < 3; c++) {
        const v = data[p * 3 + c];
        img.data[p * 4 + c] = signed ? displayValue(v) : v;
      }
      img.data[p * 4 + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [data, side, signed]);
  return (
    <canvas
      ref={ref}
      width={side}
      height={side}
      className={styles.pixels}
      style={{ width: size, height: size }}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}

'use client';
import { useEffect, useMemo, useRef } from 'react';
import type { RgbaImage } from '@/lib/preprocessing/photoToFashion';
import css from './imageInput.module.css';

/** An RGBA image drawn at its own resolution; CSS sizes it (`pixelated` keeps small ones crisp). */
export function RgbaCanvas({ image, label, pixelated = false, className, testId }: { image: RgbaImage; label: string; pixelated?: boolean; className?: string; testId?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || image.width === 0 || image.height === 0) return;
    const data = new ImageData(image.width, image.height);
    data.data.set(image.data.subarray(0, image.width * image.height * 4));
    ctx.putImageData(data, 0, 0);
  }, [image]);
  return (
    <canvas
      ref={ref}
      width={Math.max(1, image.width)}
      height={Math.max(1, image.height)}
      role="img"
      aria-label={label}
      data-testid={testId}
      className={`${pixelated ? css.pixelated : ''} ${className ?? ''}`}
    />
  );
}

/** Grey values in [0, 1] (0 = background, drawn black) as an RGBA image. */
export function greyToRgba(pixels: ArrayLike<number>, width = 28, height = 28): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = Math.round(Math.min(1, Math.max(0, pixels[i])) * 255);
    data[4 * i] = data[4 * i + 1] = data[4 * i + 2] = v;
    data[4 * i + 3] = 255;
  }
  return { width, height, data };
}

/** A 28×28 grey image as the network gets it (light on black), drawn crisply. */
export function GreyCanvas({ pixels, label, className, testId }: { pixels: Float32Array; label: string; className?: string; testId?: string }) {
  const image = useMemo(() => greyToRgba(pixels), [pixels]);
  return <RgbaCanvas image={image} label={label} pixelated className={`${css.grey} ${className ?? ''}`} testId={testId} />;
}

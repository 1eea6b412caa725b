'use client';
import { useEffect, useRef } from 'react';
import type { PixelBox } from '@/lib/compute/visualise/layers';
import { mapColour, type MapScale } from './colour';
import css from './visualise.module.css';

export interface MapOverlay {
  /** One value per pixel, row-major. */
  values: Float32Array;
  scale: MapScale;
  /** The value drawn at full colour (the scale is symmetric for 'diverging'). */
  max: number;
  /** 0 … 1: how much of the colour covers the image beneath. */
  opacity: number;
}

interface Props {
  width: number;
  height: number;
  /** A grey image in [0, 1] (0 = background, drawn black), beneath any overlay. */
  base?: Float32Array;
  overlay?: MapOverlay;
  /** A rectangle to outline (a receptive field). */
  box?: PixelBox;
  label: string;
  className?: string;
  testId?: string;
}

const UPSCALE = 8; // drawn at 8× so the outline is crisp; CSS sizes it

/** An image, a colour map over it, or both, with an optional outlined box; the text alternative is the caller's. */
export function MapImage({ width, height, base, overlay, box, label, className, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const data = ctx.createImageData(width, height);
    for (let p = 0; p < width * height; p++) {
      const g = base ? Math.round(Math.min(1, Math.max(0, base[p])) * 255) : 0;
      let rgb: [number, number, number] = [g, g, g];
      if (overlay) {
        const c = mapColour(overlay.values[p], overlay.max, overlay.scale);
        const a = base ? overlay.opacity : 1;
        rgb = [0, 1, 2].map((j) => Math.round((1 - a) * rgb[j] + a * c[j])) as [number, number, number];
      }
      data.data.set([...rgb, 255], p * 4);
    }
    const small = document.createElement('canvas');
    small.width = width;
    small.height = height;
    small.getContext('2d')?.putImageData(data, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(small, 0, 0, width * UPSCALE, height * UPSCALE);
    if (box) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeRect(box.left * UPSCALE + 1.5, box.top * UPSCALE + 1.5, (box.right - box.left + 1) * UPSCALE - 3, (box.bottom - box.top + 1) * UPSCALE - 3);
      ctx.setLineDash([6, 4]);
      ctx.strokeStyle = '#f0a202';
      ctx.strokeRect(box.left * UPSCALE + 1.5, box.top * UPSCALE + 1.5, (box.right - box.left + 1) * UPSCALE - 3, (box.bottom - box.top + 1) * UPSCALE - 3);
    }
  }, [width, height, base, overlay, box]);
  return <canvas ref={ref} width={width * UPSCALE} height={height * UPSCALE} role="img" aria-label={label} data-testid={testId} className={`${css.map} ${className ?? ''}`} />;
}

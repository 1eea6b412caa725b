'use client';
import { useEffect, useRef } from 'react';
import { ramp } from './colour';

interface Props {
  /** Values [h·w·channels] (channels last), or [h·w] with channels = 1. */
  values: Float32Array;
  h: number;
  w: number;
  channels: number;
  /** Which channel to draw; 'sum' draws the sum over channels. */
  channel: number | 'sum';
  /** The value drawn as the brightest colour (shared across maps that are compared). */
  max: number;
  /** Brightness = (value / max)^gamma; below 1 lifts faint detail. */
  gamma?: number;
  className?: string;
}

/** One feature map drawn pixel by pixel on a small canvas, scaled up by CSS (pixelated). Decorative: the caller labels it. */
export function MapCanvas({ values, h, w, channels, channel, max, gamma = 1, className }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(w, h);
    for (let p = 0; p < h * w; p++) {
      let v = 0;
      if (channel === 'sum') for (let c = 0; c < channels; c++) v += values[p * channels + c];
      else v = values[p * channels + channel];
      const [r, g, b] = ramp(max > 0 && v > 0 ? (v / max) ** gamma : 0);
      img.data.set([r, g, b, 255], p * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [values, h, w, channels, channel, max, gamma]);
  return <canvas ref={ref} width={w} height={h} className={className} aria-hidden="true" />;
}

/** The largest value of a map (one channel or the sum), for a shared colour scale. */
export function mapMax(values: Float32Array, channels: number, channel: number | 'sum'): number {
  let best = 0;
  const n = values.length / channels;
  for (let p = 0; p < n; p++) {
    let v = 0;
    if (channel === 'sum') for (let c = 0; c < channels; c++) v += values[p * channels + c];
    else v = values[p * channels + channel];
    if (v > best) best = v;
  }
  return best;
}

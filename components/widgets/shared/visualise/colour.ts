/**
 * How the visualisation widgets colour a map over an image. Both ramps are the attention widgets'
 * (dark blue → teal → yellow, and blue ↔ grey ↔ orange), which stay apart for the common kinds
 * of colour blindness: no red against green. No React.
 */
import { diverging, ramp } from '../attention/colour';

export type MapScale = 'sequential' | 'diverging';

/** RGB of value v: sequential 0 … max, diverging −max … max. */
export function mapColour(v: number, max: number, scale: MapScale): [number, number, number] {
  if (scale === 'sequential') return ramp(max > 0 ? v / max : 0);
  const m = /rgb\((\d+),(\d+),(\d+)\)/.exec(diverging(max > 0 ? v / max : 0));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [150, 150, 150];
}

/** A CSS linear-gradient of the ramp, for the legend bar. */
export function rampGradient(scale: MapScale): string {
  const stops = Array.from({ length: 9 }, (_, i) => {
    const t = i / 8;
    const [r, g, b] = mapColour(scale === 'sequential' ? t : 2 * t - 1, 1, scale);
    return `rgb(${r},${g},${b}) ${Math.round(t * 100)}%`;
  });
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

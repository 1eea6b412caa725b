import { windowBounds } from '@/lib/compute/convWindow';
import type { ConvTrace } from '@/lib/compute/types';
import { maxAbs } from './format';

/**
 * Colour maps. Signed values mix the theme's --positive / --negative into --surface, so both
 * themes work; images stay images (gray or RGB), whatever the theme.
 */

export interface CellPaint {
  fill: string;
  text: string;
}

/** Diverging map for weights, products and outputs: 0 is the surface colour. */
export function signedPaint(v: number, maxAbs: number): CellPaint {
  const t = maxAbs > 0 ? Math.min(1, Math.abs(v) / maxAbs) : 0;
  const pct = Math.round(t * 100);
  const hue = v >= 0 ? 'var(--positive)' : 'var(--negative)';
  return { fill: `color-mix(in srgb, ${hue} ${pct}%, var(--surface))`, text: t > 0.55 ? 'var(--surface)' : 'var(--fg)' };
}

const byte = (t: number) => Math.round(255 * Math.min(1, Math.max(0, t)));

/** Brightness from lo (black) to hi (white). */
export function grayPaint(v: number, lo: number, hi: number): CellPaint {
  const t = hi > lo ? (v - lo) / (hi - lo) : 0;
  const g = byte(t);
  return { fill: `rgb(${g},${g},${g})`, text: t < 0.55 ? '#fff' : '#111' };
}

export function rgbPaint(r: number, g: number, b: number): CellPaint {
  const luma = 0.299 * r + 0.587 * g + 0.114 * b;
  return { fill: `rgb(${byte(r)},${byte(g)},${byte(b)})`, text: luma < 0.55 ? '#fff' : '#111' };
}

/** One channel of an RGB image, tinted by its colour (red, green or blue from black). */
export function channelPaint(channel: number, v: number): CellPaint {
  const rgb = [0, 0, 0];
  rgb[channel] = v;
  return { fill: `rgb(${rgb.map(byte).join(',')})`, text: v < 0.7 || channel === 2 ? '#fff' : '#111' };
}

/**
 * The value drawn at full colour. A large map (a photo) is scaled by the windows that lie wholly
 * inside the image: at the border, the zero padding makes a strong false edge that would otherwise
 * set the scale and leave the photo's own edges pale (the border cells are then drawn at full
 * colour). Small maps, with their numbers written in, use the largest value.
 */
export function colourScale(trace: ConvTrace, o: number, large: boolean): number {
  const P = trace.outH * trace.outW;
  const all = maxAbs(trace.output, o * P, (o + 1) * P);
  if (!large || trace.padding === 0) return all;
  let inside = 0;
  for (let p = 0; p < P; p++) {
    const b = windowBounds(trace, p);
    if (b.top >= 0 && b.left >= 0 && b.bottom < trace.inH && b.right < trace.inW) inside = Math.max(inside, Math.abs(trace.output[o * P + p]));
  }
  return inside > 0 ? inside : all;
}

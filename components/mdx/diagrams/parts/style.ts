/**
 * The one look every diagram shares: a stroke width, type sizes and what each kind of box means.
 * Colours only through the theme's CSS variables (app/theme.css), so light, dark and print follow.
 *
 *   learns  a layer with parameters to learn: the accent outline on surface-2
 *   fixed   an operation with nothing to learn (ReLU, pooling, a loss): dashed and muted
 *   data    a tensor, an input or an output: surface-2 with the border colour
 *   frozen  a layer whose parameters exist but do not change (transfer learning)
 */
export type Kind = 'learns' | 'fixed' | 'data' | 'frozen';

export const STROKE = 1.75;
/** Box text, and the smaller text of labels on arrows and notes (viewBox units). */
export const FONT = 14;
export const SMALL = 13;
export const LINE = 17;
export const RADIUS = 6;
export const DASH = '4 3';

export interface KindStyle {
  fill: string;
  stroke: string;
  dash?: string;
  text: string;
}

export const KIND_STYLE: Record<Kind, KindStyle> = {
  learns: { fill: 'var(--surface-2)', stroke: 'var(--accent)', text: 'var(--fg)' },
  fixed: { fill: 'none', stroke: 'var(--muted)', dash: DASH, text: 'var(--fg)' },
  data: { fill: 'var(--surface-2)', stroke: 'var(--border)', text: 'var(--fg)' },
  frozen: { fill: 'var(--surface-2)', stroke: 'var(--muted)', dash: DASH, text: 'var(--fg)' },
};

/**
 * A width estimate for laying text out before the browser measures it: system sans-serif runs
 * about 0.56 em per character, digits and × a little more, spaces and punctuation less.
 */
export function textWidth(text: string, size: number = FONT): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === ',' || ch === '.' || ch === ':' || ch === 'i' || ch === 'l' || ch === '1' || ch === '/') em += 0.3;
    else if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else em += 0.59;
  }
  return em * size;
}

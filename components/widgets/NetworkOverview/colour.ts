/**
 * One colour scale per layer, shared by every channel of it: a diverging scale centred on 0 when
 * the layer has negative values (purple below, orange above: told apart with every common colour
 * vision deficiency), a sequential one (viridis) when it has none, and grey for the input image
 * (black background, white ink, as Fashion-MNIST and the image sources draw it). Each scale is a 256-entry lookup table, so a canvas is painted without d3 calls per
 * pixel. No React.
 */
import { interpolatePuOr, interpolateViridis, rgb } from 'd3';

export type ScaleKind = 'grey' | 'sequential' | 'diverging';

export interface LayerScale {
  kind: ScaleKind;
  /** The values drawn at the two ends of the scale (symmetric about 0 when diverging). */
  lo: number;
  hi: number;
  /** RGB triples, 256 of them, from lo to hi. */
  table: Uint8ClampedArray;
}

const STEPS = 256;

function tableOf(interpolate: (t: number) => string): Uint8ClampedArray {
  const out = new Uint8ClampedArray(STEPS * 3);
  for (let i = 0; i < STEPS; i++) {
    const c = rgb(interpolate(i / (STEPS - 1)));
    out.set([c.r, c.g, c.b], i * 3);
  }
  return out;
}

let tables: Record<ScaleKind, Uint8ClampedArray> | null = null;
function tablesOnce() {
  tables ??= {
    grey: tableOf((t) => `rgb(${Math.round(255 * t)},${Math.round(255 * t)},${Math.round(255 * t)})`),
    sequential: tableOf(interpolateViridis),
    // PuOr runs from dark purple (t = 0, the most negative) through white to dark orange.
    diverging: tableOf(interpolatePuOr),
  };
  return tables;
}

/** The scale for a layer whose values span `range`; `input` draws the image in grey. */
export function layerScale(range: readonly [number, number], input = false): LayerScale {
  const [min, max] = range;
  const t = tablesOnce();
  if (input) return { kind: 'grey', lo: Math.min(0, min), hi: max > 0 ? Math.max(1, max) : 1, table: t.grey };
  if (min < 0) {
    const m = Math.max(Math.abs(min), Math.abs(max)) || 1;
    return { kind: 'diverging', lo: -m, hi: m, table: t.diverging };
  }
  return { kind: 'sequential', lo: 0, hi: max > 0 ? max : 1, table: t.sequential };
}

/** Position 0–255 of a value on the scale (clamped; NaN at the low end). */
export function scaleIndex(s: LayerScale, v: number): number {
  const t = (v - s.lo) / (s.hi - s.lo);
  return Number.isFinite(t) ? Math.round(Math.min(1, Math.max(0, t)) * (STEPS - 1)) : 0;
}

/** The colour of a value as [r, g, b]. */
export function colourOf(s: LayerScale, v: number): [number, number, number] {
  const i = scaleIndex(s, v) * 3;
  return [s.table[i], s.table[i + 1], s.table[i + 2]];
}

/** A CSS gradient of the scale, for its legend. */
export function gradientCss(s: LayerScale, stops = 9): string {
  const parts = Array.from({ length: stops }, (_, k) => {
    const i = Math.round((k / (stops - 1)) * (STEPS - 1)) * 3;
    return `rgb(${s.table[i]},${s.table[i + 1]},${s.table[i + 2]}) ${Math.round((k / (stops - 1)) * 100)}%`;
  });
  return `linear-gradient(to right, ${parts.join(', ')})`;
}

/**
 * Paints values into RGBA pixels: `at(p)` is the value of pixel p. The caller puts the pixels on
 * a canvas (one canvas pixel per unit, scaled up by CSS).
 */
export function paint(s: LayerScale, count: number, at: (p: number) => number, into = new Uint8ClampedArray(count * 4)): Uint8ClampedArray {
  for (let p = 0; p < count; p++) {
    const i = scaleIndex(s, at(p)) * 3;
    into[p * 4] = s.table[i];
    into[p * 4 + 1] = s.table[i + 1];
    into[p * 4 + 2] = s.table[i + 2];
    into[p * 4 + 3] = 255;
  }
  return into;
}

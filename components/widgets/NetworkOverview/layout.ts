/**
 * How big the overview draws things, as plain arithmetic (tested): a map's size on screen, how
 * many maps sit side by side in a layer's column, and how a flat layer's units fold into a strip.
 * Maps never shrink below MIN_MAP_PX, so a 7×7 map stays legible on a phone. No React.
 */
export const MIN_MAP_PX = 28;
const MAX_MAP_PX = 56;
const COMPACT_MAX_PX = 32;
/** Flat layers of at most this many units are drawn as labelled bars (logits, probabilities). */
export const BAR_UNITS = 16;

/** On-screen side of one channel's map of side `h`: larger maps larger, within [28, 56] px (32 when compact). */
export function mapPx(h: number, compact = false): number {
  return Math.max(MIN_MAP_PX, Math.min(compact ? COMPACT_MAX_PX : MAX_MAP_PX, 20 + h));
}

/** The input image, drawn larger than the maps: the picture the reader chose, 84–112 px. */
export function inputPx(h: number, compact = false): number {
  return compact ? mapPx(h, true) * 2 : Math.max(84, Math.min(112, 4 * h));
}

/** Maps side by side in a layer's column (wide layout): four across, as many rows as needed. */
export function mapsPerRow(channels: number): number {
  return Math.max(1, Math.min(4, channels));
}

export interface Strip {
  cols: number;
  rows: number;
  /** Side of one unit's cell in CSS pixels. */
  cell: number;
}

const STRIP_HEIGHT = 336;

/** A flat layer's units folded row-major into a block twice as tall as wide, cells 3–14 px. */
export function stripOf(units: number, compact = false): Strip {
  const cols = Math.max(1, Math.ceil(Math.sqrt(units / 2)));
  const rows = Math.ceil(units / cols);
  const height = compact ? STRIP_HEIGHT / 2 : STRIP_HEIGHT;
  return { cols, rows, cell: Math.max(3, Math.min(14, Math.floor(height / rows))) };
}

/** The unit under a point of a strip, given as fractions of its width and height; null outside. */
export function stripUnit(strip: Strip, units: number, fx: number, fy: number): number | null {
  if (!(fx >= 0 && fx < 1 && fy >= 0 && fy < 1)) return null;
  const i = Math.floor(fy * strip.rows) * strip.cols + Math.floor(fx * strip.cols);
  return i < units ? i : null;
}

/** The cell of an h×w map under a point given as fractions of its width and height; null outside. */
export function mapCell(h: number, w: number, fx: number, fy: number): { y: number; x: number } | null {
  if (!(fx >= 0 && fx < 1 && fy >= 0 && fy < 1)) return null;
  return { y: Math.floor(fy * h), x: Math.floor(fx * w) };
}

/** A box of cells as CSS percentages of a map (clipped to it): where an outline is drawn. */
export function boxPercent(box: { top: number; left: number; bottom: number; right: number }, h: number, w: number) {
  const top = Math.max(0, box.top);
  const left = Math.max(0, box.left);
  const bottom = Math.min(h - 1, box.bottom);
  const right = Math.min(w - 1, box.right);
  if (bottom < top || right < left) return null;
  return { top: (100 * top) / h, left: (100 * left) / w, height: (100 * (bottom - top + 1)) / h, width: (100 * (right - left + 1)) / w };
}

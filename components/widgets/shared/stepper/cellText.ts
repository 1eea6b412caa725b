/**
 * Numbers written inside grid cells: how large a font fits them, and how many decimals a cell of a
 * given drawn size can show. Widths are estimated from the characters (no DOM), generously, so
 * the widest common sans-serif fonts (DejaVu Sans, Verdana-like) still fit.
 */
import { fmt } from './format';

/** Default font size as a fraction of the cell (the size whole numbers and short decimals get). */
export const CELL_FONT = 0.34;
/** Text may fill this fraction of a cell's width. */
const FILL = 0.84;
/** The smallest font, as a fraction of the cell, that CellGrid shrinks to. */
const MIN_FONT = 0.2;
/** Below this many CSS pixels a cell's text is hard to read: fewer decimals are shown instead. */
export const MIN_TEXT_PX = 9;

/** Approximate advance widths in em (tabular digits; the real minus sign is wide). */
const CHAR_EM: Record<string, number> = { '.': 0.32, ',': 0.32, '/': 0.4, '(': 0.4, ')': 0.4, '-': 0.4, '\u2212': 0.8, ' ': 0.3 };
const DIGIT_EM = 0.62;

/** Estimated width of a string in em. */
export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) w += CHAR_EM[ch] ?? DIGIT_EM;
  return w;
}

/**
 * The font size (in the grid's units) at which every text fits a cell of `size` units: the default
 * size for short numbers, smaller for long ones such as −0.82 or −12.5, never below MIN_FONT.
 */
export function fitFont(texts: Iterable<string | undefined>, size: number): number {
  let widest = 0;
  for (const t of texts) if (t) widest = Math.max(widest, textEm(t));
  const base = Math.round(size * CELL_FONT);
  if (widest === 0) return base;
  const fit = (size * FILL) / widest;
  return Math.round(Math.max(size * MIN_FONT, Math.min(base, fit)) * 10) / 10;
}

/**
 * The numbers written in cells drawn `cellPx` CSS pixels wide: two decimals when they fit with the
 * text at least MIN_TEXT_PX (or, in cells too small even for that, nearly the default size), and
 * otherwise, cell by cell, one or none. A 5×5 grid of −0.82s on a laptop keeps two decimals; on a
 * phone a 12×12 grid shows −0.8, and −12.35 becomes −12. The values to two decimals stay in the
 * hover text and the detail panel.
 */
export function cellTexts(values: ArrayLike<number>, cellPx: number, size: number): string[] {
  const toPx = size > 0 ? cellPx / size : 0;
  const enough = Math.min(MIN_TEXT_PX, 0.9 * Math.round(size * CELL_FONT) * toPx);
  const full = Array.from(values, (v) => fmt(v));
  if (fitFont(full, size) * toPx >= enough) return full;
  // The font the texts are fitted to: as small as is still readable, never below MIN_FONT.
  const font = Math.max(toPx > 0 ? enough / toPx : 0, size * MIN_FONT);
  const fits = (text: string) => textEm(text) * font <= size * FILL;
  return Array.from(values, (v, k) => {
    if (fits(full[k])) return full[k];
    const one = fmt(v, 1);
    return fits(one) ? one : fmt(v, 0);
  });
}

/**
 * The widest number, as printed to two decimals, that values[from, to) can produce (all digits
 * drawn as 8s): cells sized for it fit every step's numbers, so they do not change size as the
 * window moves.
 */
export function widestText(values: ArrayLike<number>, from = 0, to = values.length): string {
  let lo = 0;
  let hi = 0;
  let whole = true;
  for (let i = from; i < to; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (whole && Math.abs(v - Math.round(v)) >= 0.005) whole = false;
  }
  const sample = (v: number) => `${v <= -0.005 ? '\u2212' : ''}${'8'.repeat(String(Math.round(Math.abs(v))).length)}${whole ? '' : '.88'}`;
  const [a, b] = [sample(lo), sample(hi)];
  return textEm(a) >= textEm(b) ? a : b;
}

/** Below this many CSS pixels a cell is drawn without its border: the lines would hide the picture. */
export const SOLID_CELL_PX = 8;

/**
 * How much to thicken outlines drawn `units` wide (the window, the current output cell) so they stay
 * about 2.5 CSS pixels wide on a grid whose cells are drawn `cellPx` wide.
 */
export function outlineScale(units: number, cellPx: number, size: number): number {
  return cellPx > 0 ? Math.max(1, (2.5 * size) / cellPx / units) : 1;
}

/** The grid's look, null for numbers in cells: `dense` (a photo: a faint grid), `solid` (cells too small for grid lines). */
export function gridLook(showText: boolean, cellPx: number): 'dense' | 'solid' | null {
  return showText ? null : cellPx < SOLID_CELL_PX ? 'solid' : 'dense';
}

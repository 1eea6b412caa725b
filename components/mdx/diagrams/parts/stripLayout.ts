/**
 * A network as a strip of the tensors it makes, in LeCun's manner: each feature map a stack of
 * squares (the side grows with the map's height, the stack with its channels), each vector a
 * bar, with the layer's name, what it does and the shape under it, left to right in rows (a new
 * row where `rows` says; a phone gets more, shorter rows). Pure geometry, drawn by Strip.tsx.
 */
import { FONT, LINE, SMALL, textWidth, type Kind } from './style';

export type Glyph = { kind: 'map'; h: number; c: number } | { kind: 'vector'; n: number };

export interface StripItem {
  glyph: Glyph;
  /** What made this tensor: a layer that learns, one that does not, or the input. */
  made: Kind;
  title: string;
  lines?: readonly string[];
  shape: string;
}

export interface PlacedGlyph {
  glyph: Glyph;
  made: Kind;
  /** Centre of the glyph. */
  cx: number;
  cy: number;
  side: number;
  layers: number;
  /** Height of a vector's bar. */
  bar: number;
}

export interface PlacedText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle';
  tone: 'title' | 'line' | 'shape';
}

export interface StripLayout {
  width: number;
  height: number;
  glyphs: PlacedGlyph[];
  texts: PlacedText[];
  arrows: (readonly [number, number])[][];
}

/** Offset of each map behind the front one. */
export const STACK_STEP = 4;
const MARGIN = 6;
const GAP = 24;
const ROW_GAP = 30;
const TEXT_GAP = 8;

interface Sizes {
  side: (h: number) => number;
  layers: (c: number) => number;
  bar: (n: number) => number;
}

function sizes(items: readonly StripItem[], scale: number): Sizes {
  const hmax = Math.max(1, ...items.map((i) => (i.glyph.kind === 'map' ? i.glyph.h : 1)));
  const nmax = Math.max(2, ...items.map((i) => (i.glyph.kind === 'vector' ? i.glyph.n : 2)));
  return {
    side: (h) => Math.round(scale * (10 + (50 * h) / hmax)),
    layers: (c) => Math.min(7, 1 + Math.round(Math.log2(Math.max(1, c)) / 1.5)),
    bar: (n) => Math.round(scale * (14 + (46 * Math.log(Math.max(2, n))) / Math.log(nmax))),
  };
}

function glyphBox(g: Glyph, s: Sizes): { w: number; h: number; side: number; layers: number; bar: number } {
  if (g.kind === 'vector') {
    const bar = s.bar(g.n);
    return { w: 12, h: bar, side: 0, layers: 1, bar };
  }
  const side = s.side(g.h);
  const layers = s.layers(g.c);
  const extra = (layers - 1) * STACK_STEP;
  return { w: side + extra, h: side + extra, side, layers, bar: 0 };
}

const textLines = (item: StripItem): { text: string; tone: PlacedText['tone']; size: number }[] => [
  { text: item.title, tone: 'title', size: FONT },
  ...(item.lines ?? []).map((text) => ({ text, tone: 'line' as const, size: SMALL })),
  { text: item.shape, tone: 'shape', size: SMALL },
];

/** Left to right; `rows` gives how many items each row holds, the rest making one more row. */
export function layoutStrip(items: readonly StripItem[], rows: readonly number[] = [items.length]): StripLayout {
  const s = sizes(items, 1);
  const out: StripLayout = { width: 0, height: 0, glyphs: [], texts: [], arrows: [] };
  const wrapRoom = rows.some((n) => n < items.length) ? 14 : 0;
  let start = 0;
  let top = MARGIN;
  let prev: { gx: number; right: number; y: number; bottom: number } | null = null;
  const rowCounts = [...rows, items.length - rows.reduce((a, b) => a + b, 0)].filter((n) => n > 0);
  for (const count of rowCounts) {
    const row = items.slice(start, start + count);
    start += count;
    const boxes = row.map((it) => glyphBox(it.glyph, s));
    const glyphH = Math.max(...boxes.map((b) => b.h));
    const textH = Math.max(...row.map((it) => textLines(it).length)) * LINE;
    const cy = top + glyphH / 2;
    let x = MARGIN + wrapRoom;
    row.forEach((it, i) => {
      const b = boxes[i];
      const colW = Math.max(b.w, ...textLines(it).map((l) => textWidth(l.text, l.size))) + 4;
      const cx = x + colW / 2;
      if (i > 0) out.arrows.push([[x - GAP + 3, cy], [cx - b.w / 2 - 4, cy]]);
      else if (prev) {
        const turn = prev.bottom + ROW_GAP / 2 - 4;
        out.arrows.push([[prev.gx, prev.y], [prev.right + 6, prev.y], [prev.right + 6, turn], [MARGIN + 4, turn], [MARGIN + 4, cy], [cx - b.w / 2 - 4, cy]]);
      }
      out.glyphs.push({ glyph: it.glyph, made: it.made, cx, cy, side: b.side, layers: b.layers, bar: b.bar });
      textLines(it).forEach((l, k) => out.texts.push({ x: cx, y: top + glyphH + TEXT_GAP + LINE / 2 + k * LINE, text: l.text, anchor: 'middle', tone: l.tone }));
      // The next arrow starts at this column's right edge, not the glyph's, so short glyphs leave a clear gap.
      const right = x + colW;
      if (i === row.length - 1) prev = { gx: cx + b.w / 2 + 4, right, y: cy, bottom: top + glyphH + TEXT_GAP + textH };
      x = right + GAP;
      out.width = Math.max(out.width, right + MARGIN + (i === row.length - 1 && rowCounts.length > 1 ? 12 : 0));
    });
    top += glyphH + TEXT_GAP + textH + ROW_GAP;
  }
  out.height = top - ROW_GAP + MARGIN;
  return out;
}

/**
 * The phone layout of a block with many parallel paths (an Inception module): the paths become
 * rows, read left to right, between a bus from the input on the left and one into the merge on
 * the right. Same shapes as flowLayout.ts, so Flow.tsx draws either. (Layers before the fork are
 * not drawn here: no block that needs this layout has any.)
 */
import { boxSize } from './Box';
import type { FlowLayout, FlowSpec, PlacedBox } from './flowLayout';
import { SMALL, textWidth } from './style';

const MARGIN = 6;
const STEP = 20;
const ROW_GAP = 12;
const GAP_Y = 30;

export function layoutRows(spec: FlowSpec): FlowLayout {
  const out: FlowLayout = { width: 0, height: 0, boxes: [], arrows: [], lines: [], merges: [], labels: [] };
  const paths = spec.paths ?? [];
  const push = (b: FlowSpec['input'], x: number, y: number, kind: PlacedBox['kind']) => {
    const { w, h } = boxSize(b);
    out.boxes.push({ ...b, x, y, w, h, kind });
    return { w, h };
  };
  const busX = MARGIN + 8;
  let y = MARGIN;
  const input = push(spec.input, MARGIN, y, 'data');
  y += input.h;
  // Rows: an arrow off the left bus, the boxes with arrows between them, a tail to the right bus.
  const rows = paths.map((p) => {
    const sizes = p.boxes.map(boxSize);
    const tail = p.boxes.at(-1)?.out ?? p.label ?? '';
    return { p, sizes, h: Math.max(28, ...sizes.map((s) => s.h)), tailW: Math.max(28, textWidth(tail, SMALL) + 14), len: sizes.reduce((a, s) => a + s.w + STEP, STEP) };
  });
  const rightBus = busX + Math.max(...rows.map((r) => r.len + r.tailW)) + 4;
  let top = y + 18;
  const mids: number[] = [];
  for (const r of rows) {
    const mid = top + r.h / 2;
    mids.push(mid);
    let x = busX;
    r.p.boxes.forEach((b, i) => {
      out.arrows.push([[x, mid], [x + STEP, mid]]);
      x += STEP;
      push(b, x, mid - r.sizes[i].h / 2, b.kind);
      x += r.sizes[i].w;
    });
    out.lines.push([[x, mid], [rightBus, mid]]);
    const tail = r.p.boxes.at(-1)?.out ?? r.p.label;
    if (tail) out.labels.push({ x: (x + rightBus) / 2, y: mid - 10, text: tail, anchor: 'middle' });
    top += r.h + ROW_GAP;
  }
  out.lines.push([[busX, y], [busX, mids[mids.length - 1]]]);
  const joinY = top + 6;
  out.lines.push([[rightBus, mids[0]], [rightBus, joinY - 14]]);
  out.arrows.push([[rightBus, joinY - 14], [rightBus, joinY]]);
  const concat = { lines: [spec.merge === 'concat' ? 'concatenate channels' : spec.merge === 'add' ? 'add' : 'multiply'] };
  const cw = boxSize(concat).w;
  const concatX = Math.max(MARGIN, rightBus + 20 - cw);
  push(concat, concatX, joinY, 'fixed');
  y = joinY + boxSize(concat).h;
  const x = concatX + cw / 2;
  let text = spec.mergeOut;
  for (const b of [...(spec.after ?? []), ...(spec.output ? [{ ...spec.output, kind: 'data' as const }] : [])]) {
    const s = boxSize(b);
    out.arrows.push([[x, y], [x, y + GAP_Y]]);
    if (text) out.labels.push({ x: x + 7, y: y + GAP_Y / 2, text, anchor: 'start' });
    push(b, x - s.w / 2, y + GAP_Y, b.kind);
    y += GAP_Y + s.h;
    text = 'out' in b ? b.out : undefined;
  }
  out.width = Math.max(rightBus + 24, ...out.boxes.map((b) => b.x + b.w)) + MARGIN;
  out.height = y + MARGIN;
  return out;
}

/**
 * Lays out a block as it is usually drawn (He et al.'s residual block, Szegedy et al.'s Inception
 * module): top to bottom, an input tensor, layers, a fork into parallel paths side by side, their
 * merge (⊕, ⊗ or a concatenation bar), more layers and the output tensor. Arrows carry the shape
 * of what flows along them. Pure geometry: the result is a list of shapes for Flow.tsx to draw.
 */
import { boxSize, type BoxText } from './Box';
import { MERGE_R, type Point } from './Arrow';
import { SMALL, textWidth, type Kind } from './style';

export interface FlowBox extends BoxText {
  kind: Kind;
  /** Label on the arrow that leaves the box (usually the output shape). */
  out?: string;
}

export interface FlowPath {
  /** No boxes: the identity, drawn as a plain line. */
  boxes: readonly FlowBox[];
  /** Text beside an identity line ("identity"). */
  label?: string;
}

export interface FlowSpec {
  input: BoxText;
  before?: readonly FlowBox[];
  paths?: readonly FlowPath[];
  merge?: 'add' | 'multiply' | 'concat';
  /** Label on the arrow leaving the merge. */
  mergeOut?: string;
  after?: readonly FlowBox[];
  output?: BoxText;
  /** The main line runs through the first path (a residual body) or the middle (Inception). */
  spine?: 'first' | 'center';
}

export interface PlacedBox extends BoxText {
  x: number;
  y: number;
  w: number;
  h: number;
  kind: Kind;
}

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface FlowLayout {
  width: number;
  height: number;
  boxes: PlacedBox[];
  arrows: Point[][];
  lines: Point[][];
  merges: { x: number; y: number; op: 'add' | 'multiply' }[];
  labels: PlacedLabel[];
}

const GAP_Y = 34;
const DROP = 30;
const COL_GAP = 16;
const MARGIN = 6;
const LABEL_GAP = 7;

/** How far a box and the label on its outgoing arrow reach left and right of the line they sit on. */
const extentOf = (b: BoxText & { out?: string }, side: 'left' | 'right' = 'right') => {
  const { w } = boxSize(b);
  const label = b.out ? LABEL_GAP + textWidth(b.out, SMALL) : 0;
  return side === 'right' ? { left: w / 2, right: Math.max(w / 2, label) } : { left: Math.max(w / 2, label), right: w / 2 };
};

export function layoutFlow(spec: FlowSpec): FlowLayout {
  const before = spec.before ?? [];
  const after = spec.after ?? [];
  const paths = spec.paths ?? [];
  const out: FlowLayout = { width: 0, height: 0, boxes: [], arrows: [], lines: [], merges: [], labels: [] };

  // Labels on the spine go left when the paths branch off to its right (a residual block), so the
  // figure stays narrow enough for a phone; elsewhere they go right.
  const spineSide: 'left' | 'right' = spec.spine === 'first' && paths.length > 1 ? 'left' : 'right';
  const sideOf = (i: number) => (i === 0 && spec.spine === 'first' ? spineSide : 'right');
  // Horizontal: columns left to right, then the spine, then shift everything into view.
  const cols = paths.map((p, i) => {
    if (p.boxes.length === 0) return { left: 4, right: p.label ? LABEL_GAP + textWidth(p.label, SMALL) : 4 };
    // A side column's last label rides on its way into the merge, not beside it.
    const ex = p.boxes.map((b, k) => extentOf(i > 0 && k === p.boxes.length - 1 && spec.spine === 'first' ? { ...b, out: undefined } : b, sideOf(i)));
    return { left: Math.max(...ex.map((e) => e.left)), right: Math.max(...ex.map((e) => e.right)) };
  });
  const cx: number[] = [];
  let edge = 0;
  cols.forEach((c, i) => {
    cx.push(edge + (i > 0 ? COL_GAP : 0) + c.left);
    edge = cx[i] + c.right;
  });
  const spineX = paths.length === 0 ? 0 : spec.spine === 'first' ? cx[0] : (cx[0] + cx[cx.length - 1]) / 2;
  const chain = [spec.input, ...before, ...after, ...(spec.output ? [spec.output] : [])].map((b) => extentOf(b, spineSide));
  let minX = Math.min(spineX - Math.max(...chain.map((e) => e.left)), ...cols.map((c, i) => cx[i] - c.left));
  let maxX = Math.max(spineX + Math.max(...chain.map((e) => e.right)), ...cols.map((c, i) => cx[i] + c.right));
  if (spec.mergeOut && spineSide === 'right') maxX = Math.max(maxX, spineX + LABEL_GAP + textWidth(spec.mergeOut, SMALL));
  if (spec.mergeOut && spineSide === 'left') minX = Math.min(minX, spineX - LABEL_GAP - textWidth(spec.mergeOut, SMALL));
  const concatHalf = paths.length ? Math.max(...cx.map((x) => Math.abs(x - spineX))) + 26 : 0;
  minX = Math.min(minX, spineX - concatHalf);
  maxX = Math.max(maxX, spineX + concatHalf);
  const shift = MARGIN - minX;
  const sx = spineX + shift;
  const colX = cx.map((x) => x + shift);
  out.width = maxX - minX + 2 * MARGIN;

  const place = (b: BoxText, x: number, y: number, kind: Kind): PlacedBox => {
    const { w, h } = boxSize(b);
    const placed = { ...b, x: x - w / 2, y, w, h, kind };
    out.boxes.push(placed);
    return placed;
  };
  const label = (x: number, y1: number, y2: number, text: string | undefined, side: 'left' | 'right' = spineSide) => {
    if (!text) return;
    out.labels.push(side === 'right' ? { x: x + LABEL_GAP, y: (y1 + y2) / 2, text, anchor: 'start' } : { x: x - LABEL_GAP, y: (y1 + y2) / 2, text, anchor: 'end' });
  };
  /** A chain of boxes down the spine from y, each joined to the previous by a labelled arrow. */
  const chainDown = (boxes: readonly FlowBox[], y: number, incoming: string | undefined) => {
    let text = incoming;
    for (const b of boxes) {
      out.arrows.push([[sx, y], [sx, y + GAP_Y]]);
      label(sx, y, y + GAP_Y, text);
      y = place(b, sx, y + GAP_Y, b.kind).y + boxSize(b).h;
      text = b.out;
    }
    return { y, text };
  };

  let y = place(spec.input, sx, MARGIN, 'data').y + boxSize(spec.input).h;
  let text: string | undefined;
  ({ y, text } = chainDown(before, y, undefined));

  if (paths.length) {
    const forkY = y + DROP;
    out.lines.push([[sx, y], [sx, forkY]]);
    label(sx, y, forkY, text);
    const xs = [...colX, sx];
    out.lines.push([[Math.min(...xs), forkY], [Math.max(...xs), forkY]]);
    // Rows aligned at the bottom, so the last layer of every path sits on one line.
    const rows = Math.max(...paths.map((p) => p.boxes.length));
    const rowH = Array.from({ length: rows }, (_, r) =>
      Math.max(0, ...paths.map((p) => { const b = p.boxes[r - (rows - p.boxes.length)]; return b ? boxSize(b).h : 0; })),
    );
    const rowTop: number[] = [];
    let top = forkY + GAP_Y - 8;
    for (let r = 0; r < rows; r++) {
      rowTop.push(top);
      top += rowH[r] + GAP_Y;
    }
    const joinY = top;
    const isConcat = spec.merge === 'concat';
    const mergeTop = isConcat ? joinY : joinY + 4;
    const mergeY = isConcat ? joinY + 14 : joinY + 4 + MERGE_R;
    paths.forEach((p, i) => {
      const x = colX[i];
      if (p.boxes.length === 0) {
        // The identity: down the side and into the merge.
        if (isConcat || Math.abs(x - sx) < 1) out.arrows.push([[x, forkY], [x, mergeTop]]);
        else out.arrows.push([[x, forkY], [x, mergeY], [x < sx ? sx - MERGE_R : sx + MERGE_R, mergeY]]);
        if (p.label) out.labels.push({ x: x + LABEL_GAP, y: (forkY + mergeY) / 2, text: p.label, anchor: 'start' });
        return;
      }
      let yy = forkY;
      let incoming: string | undefined;
      p.boxes.forEach((b, k) => {
        const r = rows - p.boxes.length + k;
        out.arrows.push([[x, yy], [x, rowTop[r]]]);
        if (k > 0) label(x, yy, rowTop[r], incoming, sideOf(i));
        yy = place(b, x, rowTop[r], b.kind).y + boxSize(b).h;
        incoming = b.out;
      });
      if (isConcat || Math.abs(x - sx) < 1) {
        out.arrows.push([[x, yy], [x, mergeTop]]);
        label(x, yy, joinY, incoming, sideOf(i));
      } else {
        const end = x < sx ? sx - MERGE_R : sx + MERGE_R;
        out.arrows.push([[x, yy], [x, mergeY], [end, mergeY]]);
        if (incoming) out.labels.push({ x: (x + end) / 2, y: mergeY - 11, text: incoming, anchor: 'middle' });
      }
    });
    if (isConcat) {
      const half = Math.max(...colX.map((x) => Math.abs(x - sx))) + 26;
      out.boxes.push({ lines: ['concatenate channels'], x: sx - half, y: joinY, w: 2 * half, h: 28, kind: 'fixed' });
      y = joinY + 28;
    } else {
      out.merges.push({ x: sx, y: mergeY, op: spec.merge === 'multiply' ? 'multiply' : 'add' });
      y = mergeY + MERGE_R;
    }
    text = spec.mergeOut;
  }

  ({ y, text } = chainDown(after, y, text));
  if (spec.output) {
    out.arrows.push([[sx, y], [sx, y + GAP_Y]]);
    label(sx, y, y + GAP_Y, text);
    y = place(spec.output, sx, y + GAP_Y, 'data').y + boxSize(spec.output).h;
  }
  out.height = y + MARGIN;
  return out;
}

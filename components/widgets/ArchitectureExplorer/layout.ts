/**
 * The layer diagram's geometry: a left-to-right strip of boxes, one per layer or collapsed block,
 * whose height grows with the square root of the values the layer outputs (so the area of a
 * feature map shrinking through the network shows). An open block is a frame around its layers;
 * a fork (residual, Inception, Fire) stacks its paths in lanes that meet again at the merge.
 * Pure geometry, no React.
 */
import type { BlockResult, LayerKind, MergeOp, NetworkAnalysis, NodeResult } from '@/lib/nn/catalogue';
import { children } from './model';

export type BoxKind = LayerKind | MergeOp | 'block' | 'input';

export interface DiagramBox {
  key: string;
  kind: BoxKind;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Output values of the layer, or the largest output inside a collapsed block. */
  values: number;
  /** A block that can be opened or closed. */
  block?: 'open' | 'closed';
}

export interface DiagramFrame {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramLayout {
  boxes: DiagramBox[];
  frames: DiagramFrame[];
  /** Polylines joining the boxes (between neighbours, into the lanes of a fork and out of them). */
  links: [number, number][][];
  width: number;
  height: number;
}

export const SIZES = {
  gap: 5,
  layer: 14,
  thin: 5,
  merge: 9,
  block: 26,
  minH: 8,
  maxH: 72,
  lane: 8,
  identityLane: 10,
  framePad: 4,
  frameTop: 12,
} as const;

interface Sub {
  boxes: DiagramBox[];
  frames: DiagramFrame[];
  links: [number, number][][];
  width: number;
  height: number;
}

const empty = (): Sub => ({ boxes: [], frames: [], links: [], width: 0, height: 0 });

function shift(sub: Sub, dx: number, dy: number): Sub {
  return {
    boxes: sub.boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy })),
    frames: sub.frames.map((f) => ({ ...f, x: f.x + dx, y: f.y + dy })),
    links: sub.links.map((l) => l.map(([x, y]) => [x + dx, y + dy] as [number, number])),
    width: sub.width,
    height: sub.height,
  };
}

/** Parts placed one after another, centred on one horizontal line, joined by a spine. */
function row(parts: Sub[]): Sub {
  const placed = parts.filter((p) => p.width > 0 || p.height > 0);
  if (placed.length === 0) return empty();
  const height = Math.max(...placed.map((p) => p.height));
  const out = empty();
  let x = 0;
  placed.forEach((p, i) => {
    if (i > 0) {
      // A short line from the previous part to this one, on the row's centre line.
      out.links.push([[x, height / 2], [x + SIZES.gap, height / 2]]);
      x += SIZES.gap;
    }
    const s = shift(p, x, (height - p.height) / 2);
    out.boxes.push(...s.boxes);
    out.frames.push(...s.frames);
    out.links.push(...s.links);
    x += p.width;
  });
  out.width = x;
  out.height = height;
  return out;
}

function largestValues(node: NodeResult): number {
  return node.node === 'layer' ? node.values : Math.max(node.outShape.reduce((a, b) => a * b, 1), ...children(node).map(largestValues));
}

export function layoutNetwork(a: NetworkAnalysis, open: ReadonlySet<string>): DiagramLayout {
  const inputValues = a.input.reduce((x, y) => x * y, 1);
  const maxValues = Math.max(inputValues, ...a.rows.map((r) => r.values));
  const heightOf = (values: number) => SIZES.minH + (SIZES.maxH - SIZES.minH) * Math.sqrt(values / maxValues);

  const leaf = (box: Omit<DiagramBox, 'x' | 'y'>): Sub => ({ ...empty(), boxes: [{ ...box, x: 0, y: 0 }], width: box.w, height: box.h });

  const node = (n: NodeResult): Sub => {
    if (n.node === 'layer') {
      const isMerge = n.kind === 'add' || n.kind === 'concat' || n.kind === 'multiply';
      const thin = !isMerge && n.memory === 0 && n.params === 0;
      const w = isMerge ? SIZES.merge : thin ? SIZES.thin : SIZES.layer;
      return leaf({ key: n.name, kind: n.kind, w, h: heightOf(n.values), values: n.values });
    }
    if (!open.has(n.name)) {
      const values = largestValues(n);
      return leaf({ key: n.name, kind: 'block', w: SIZES.block, h: Math.max(heightOf(values), 18), values, block: 'closed' });
    }
    return frame(n, openBlock(n));
  };

  const seq = (nodes: readonly NodeResult[]) => row(nodes.map(node));

  const openBlock = (b: BlockResult): Sub => {
    if (!b.paths) return seq([...b.nodes, ...b.after]);
    const lanes = b.paths.map((p) => (p.nodes.length ? seq(p.nodes) : { ...empty(), height: SIZES.identityLane }));
    const lanesWidth = Math.max(SIZES.layer, ...lanes.map((l) => l.width));
    const lanesHeight = lanes.reduce((a, l) => a + l.height, 0) + SIZES.lane * (lanes.length - 1);
    const fork = empty();
    const inset = SIZES.gap * 2;
    fork.width = lanesWidth + 2 * inset;
    fork.height = lanesHeight;
    let y = 0;
    for (const lane of lanes) {
      const s = shift(lane, inset, y);
      fork.boxes.push(...s.boxes);
      fork.frames.push(...s.frames);
      fork.links.push(...s.links);
      const cy = y + lane.height / 2;
      // Out of the fork point into the lane, along it (an identity lane is only this line), back to the merge.
      fork.links.push([[0, lanesHeight / 2], [inset / 2, lanesHeight / 2], [inset / 2, cy], [inset, cy]]);
      fork.links.push([[inset + lane.width, cy], [fork.width - inset / 2, cy], [fork.width - inset / 2, lanesHeight / 2], [fork.width, lanesHeight / 2]]);
      y += lane.height + SIZES.lane;
    }
    return row([seq(b.nodes), fork, ...(b.merge ? [node(b.merge)] : []), seq(b.after)]);
  };

  const frame = (b: BlockResult, inner: Sub): Sub => {
    const { framePad: pad, frameTop: top } = SIZES;
    const s = shift(inner, pad, top);
    const width = inner.width + 2 * pad;
    // As much room below as above (where the marker sits), so the spine runs through the middle.
    const height = inner.height + 2 * top;
    return {
      boxes: s.boxes,
      frames: [{ key: b.name, x: 0, y: 0, w: width, h: height }, ...s.frames],
      links: [[[0, top + inner.height / 2], [pad, top + inner.height / 2]], [[pad + inner.width, top + inner.height / 2], [width, top + inner.height / 2]], ...s.links],
      width,
      height,
    };
  };

  const body = row([leaf({ key: 'input', kind: 'input', w: SIZES.layer, h: heightOf(inputValues), values: inputValues }), ...a.tree.map(node)]);
  return { boxes: body.boxes, frames: body.frames, links: body.links, width: body.width, height: body.height };
}

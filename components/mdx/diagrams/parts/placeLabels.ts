/**
 * Labels for the points of a scatter plot, placed greedily: each takes the first spot around its
 * point (right, left, above, below, then the diagonals) that covers no other label, no point and
 * stays inside the plot; if none is free, the spot that overlaps least.
 */
import { SMALL, textWidth } from './style';

export interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  x: number;
  y: number;
  /** Set when the label sits away from its point: draw a line from the point to here. */
  leader?: readonly [number, number];
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

type Box = readonly [number, number, number, number];

const H = SMALL + 2;
const R = 6;

const SPOTS: readonly { dx: number; dy: number; anchor: PlacedLabel['anchor'] }[] = [
  { dx: 9, dy: 0, anchor: 'start' },
  { dx: -9, dy: 0, anchor: 'end' },
  { dx: 0, dy: -14, anchor: 'middle' },
  { dx: 0, dy: 14, anchor: 'middle' },
  { dx: 6, dy: -12, anchor: 'start' },
  { dx: 6, dy: 12, anchor: 'start' },
  { dx: -6, dy: -12, anchor: 'end' },
  { dx: -6, dy: 12, anchor: 'end' },
  // Farther out, joined to the point by a leader line.
  { dx: 0, dy: -28, anchor: 'middle' },
  { dx: 0, dy: 28, anchor: 'middle' },
  { dx: 14, dy: -24, anchor: 'start' },
  { dx: 14, dy: 24, anchor: 'start' },
  { dx: -14, dy: -24, anchor: 'end' },
  { dx: -14, dy: 24, anchor: 'end' },
];

function box(x: number, y: number, w: number, anchor: PlacedLabel['anchor']): Box {
  const left = anchor === 'start' ? x - 3 : anchor === 'end' ? x - w + 3 : x - w / 2;
  return [left, y - H / 2, left + w, y + H / 2];
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

function placeInOrder(points: readonly LabelPoint[], order: readonly number[], bounds: Box): { labels: PlacedLabel[]; cost: number } {
  const taken: Box[] = points.map((p) => [p.x - R, p.y - R, p.x + R, p.y + R] as const);
  const labels: PlacedLabel[] = new Array(points.length);
  let total = 0;
  for (const i of order) {
    const p = points[i];
    const w = textWidth(p.text, SMALL) + 6;
    let best: { label: PlacedLabel; box: Box; cost: number } | null = null;
    for (const s of SPOTS) {
      const far = Math.abs(s.dy) > 20;
      const label: PlacedLabel = { x: p.x + s.dx, y: p.y + s.dy, anchor: s.anchor, text: p.text, ...(far ? { leader: [p.x + s.dx * 0.9, p.y + s.dy * 0.7] as const } : {}) };
      const b = box(label.x, label.y, w, s.anchor);
      const outside = (bounds[0] - Math.min(b[0], bounds[0])) + (Math.max(b[2], bounds[2]) - bounds[2]) + (bounds[1] - Math.min(b[1], bounds[1])) + (Math.max(b[3], bounds[3]) - bounds[3]);
      // A far spot costs a little, so a near one wins when both are free.
      const cost = taken.reduce((sum, t) => sum + overlap(b, t), 0) + outside * 100 + (far ? 1 : 0);
      if (!best || cost < best.cost) best = { label, box: b, cost };
      if (cost === 0) break;
    }
    labels[i] = best!.label;
    taken.push(best!.box);
    total += best!.cost;
  }
  return { labels, cost: total };
}

/** Tries a few orders (as given, by x, by y, the most crowded first) and keeps the one that overlaps least. */
export function placeLabels(points: readonly LabelPoint[], bounds: Box): PlacedLabel[] {
  const idx = points.map((_, i) => i);
  const crowd = (i: number) => points.reduce((n, q) => n + (Math.hypot(q.x - points[i].x, q.y - points[i].y) < 60 ? 1 : 0), 0);
  const orders = [
    idx,
    [...idx].sort((a, b) => points[a].x - points[b].x),
    [...idx].sort((a, b) => points[b].x - points[a].x),
    [...idx].sort((a, b) => points[a].y - points[b].y),
    [...idx].sort((a, b) => points[b].y - points[a].y),
    [...idx].sort((a, b) => crowd(b) - crowd(a)),
  ];
  let best: { labels: PlacedLabel[]; cost: number } | null = null;
  for (const order of orders) {
    const tried = placeInOrder(points, order, bounds);
    if (!best || tried.cost < best.cost) best = tried;
  }
  return best!.labels;
}

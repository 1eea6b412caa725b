/** EmbeddingTrainer's pure logic: colours, the plot's scales, selection moves. No React, no tfjs. */

export const TRAIN_STEPS = 400;
export const BATCH_CLASSES = 10;
export const BATCH_PER_CLASS = 4;
/** Re-embed and redraw the display set once this long has passed since the last time, checked after each training step (ms); with a step of 30 to 60 ms and an embedding of about 20, redraws come every 70 to 100 ms. */
export const REDRAW_MS = 50;

/** For cosine distance, points are drawn by direction on the unit circle. */
export function displayPoints(points: Float32Array, metric: 'euclidean' | 'cosine'): Float32Array {
  if (metric === 'euclidean') return points;
  const out = new Float32Array(points.length);
  for (let i = 0; i < points.length; i += 2) {
    const n = Math.hypot(points[i], points[i + 1]) || 1;
    out[i] = points[i] / n;
    out[i + 1] = points[i + 1] / n;
  }
  return out;
}

export interface Frame {
  x0: number;
  y0: number;
  scale: number;
}

/** A square frame around the points with a margin, so the axes keep equal units. */
export function fitFrame(points: Float32Array, width: number, height: number, pad = 14): Frame {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < points.length; i += 2) {
    minX = Math.min(minX, points[i]);
    maxX = Math.max(maxX, points[i]);
    minY = Math.min(minY, points[i + 1]);
    maxY = Math.max(maxY, points[i + 1]);
  }
  if (!Number.isFinite(minX)) return { x0: width / 2, y0: height / 2, scale: 1 };
  const span = Math.max(maxX - minX, maxY - minY, 1e-6);
  const scale = (Math.min(width, height) - 2 * pad) / span;
  return { x0: width / 2 - ((minX + maxX) / 2) * scale, y0: height / 2 + ((minY + maxY) / 2) * scale, scale };
}

export const toScreen = (f: Frame, x: number, y: number): [number, number] => [f.x0 + x * f.scale, f.y0 - y * f.scale];

/** Index of the point nearest to screen position (px, py) within `radius` pixels, or -1. */
export function hitTest(points: Float32Array, f: Frame, px: number, py: number, radius = 10): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < points.length / 2; i++) {
    const [sx, sy] = toScreen(f, points[2 * i], points[2 * i + 1]);
    const d = (sx - px) ** 2 + (sy - py) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** Keyboard moves of the selection: ←/→ by one image, ↑/↓ by one class block, Home/End. */
export function moveSelection(current: number, key: string, count: number, perClass: number): number | null {
  switch (key) {
    case 'ArrowRight': return (current + 1) % count;
    case 'ArrowLeft': return (current - 1 + count) % count;
    case 'ArrowDown': return (current + perClass) % count;
    case 'ArrowUp': return (current - perClass + count) % count;
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return null;
  }
}

export const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
export const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');

/** The display set: the first `perClass` test images of each class, grouped by class (0 … 9). */
export function displayIndices(labels: ArrayLike<number>, perClass: number, classes = 10): number[] {
  const byClass: number[][] = Array.from({ length: classes }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const list = byClass[labels[i]];
    if (list && list.length < perClass) list.push(i);
  }
  return byClass.flat();
}

/** A distance with three significant digits, so the tiny cosine distances of close points do not all read 0.000. */
export const fmtDistance = (d: number) => (!Number.isFinite(d) ? '–' : d === 0 ? '0' : d >= 0.01 ? d.toFixed(3) : d.toExponential(2));

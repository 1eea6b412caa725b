/**
 * Distances between embeddings held as plain arrays (points × dimensions, row-major), and what
 * a reader reads off an embedding: nearest neighbours, the ratio of within-class to
 * between-class distance, leave-one-out nearest-neighbour accuracy. No TensorFlow.js.
 */

export type Metric = 'euclidean' | 'cosine';

/** ‖a − b‖₂ for Euclidean; 1 − cos(a, b) (0 … 2) for cosine, with a zero vector at distance 1. */
export function distance(points: ArrayLike<number>, dims: number, i: number, j: number, metric: Metric): number {
  let dot = 0;
  let ni = 0;
  let nj = 0;
  let d2 = 0;
  for (let k = 0; k < dims; k++) {
    const a = points[i * dims + k];
    const b = points[j * dims + k];
    d2 += (a - b) * (a - b);
    dot += a * b;
    ni += a * a;
    nj += b * b;
  }
  if (metric === 'euclidean') return Math.sqrt(d2);
  const norms = Math.sqrt(ni * nj);
  return norms > 0 ? 1 - dot / norms : 1;
}

/** The full n × n distance matrix, row-major. */
export function distanceMatrix(points: ArrayLike<number>, dims: number, metric: Metric): Float64Array {
  const n = Math.floor(points.length / dims);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = distance(points, dims, i, j, metric);
      out[i * n + j] = d;
      out[j * n + i] = d;
    }
  }
  return out;
}

export interface Neighbour {
  index: number;
  distance: number;
}

/** The k points nearest to point `query` (itself excluded), nearest first; ties by index. */
export function nearestNeighbours(points: ArrayLike<number>, dims: number, query: number, k: number, metric: Metric): Neighbour[] {
  const n = Math.floor(points.length / dims);
  const all: Neighbour[] = [];
  for (let j = 0; j < n; j++) if (j !== query) all.push({ index: j, distance: distance(points, dims, query, j, metric) });
  all.sort((a, b) => a.distance - b.distance || a.index - b.index);
  return all.slice(0, k);
}

export interface Separation {
  /** Mean distance over pairs of the same class. */
  within: number;
  /** Mean distance over pairs of different classes. */
  between: number;
  /** within / between: 1 for an embedding that ignores the class, towards 0 as classes separate. */
  ratio: number;
  /** Leave-one-out 1-nearest-neighbour accuracy: how often a point's nearest other point shares its class. */
  nearestNeighbourAccuracy: number;
}

export function separation(points: ArrayLike<number>, dims: number, labels: ArrayLike<number>, metric: Metric): Separation {
  const n = labels.length;
  let within = 0;
  let nWithin = 0;
  let between = 0;
  let nBetween = 0;
  const best = new Float64Array(n).fill(Infinity);
  const bestLabel = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = distance(points, dims, i, j, metric);
      if (labels[i] === labels[j]) {
        within += d;
        nWithin++;
      } else {
        between += d;
        nBetween++;
      }
      if (d < best[i]) {
        best[i] = d;
        bestLabel[i] = labels[j];
      }
      if (d < best[j]) {
        best[j] = d;
        bestLabel[j] = labels[i];
      }
    }
  }
  let hits = 0;
  for (let i = 0; i < n; i++) if (bestLabel[i] === labels[i]) hits++;
  const w = nWithin ? within / nWithin : 0;
  const b = nBetween ? between / nBetween : 0;
  return { within: w, between: b, ratio: b > 0 ? w / b : 1, nearestNeighbourAccuracy: n ? hits / n : 0 };
}

/**
 * Choosing the negatives of a P × K batch (P classes, K images each) from the distances between
 * its embeddings. Every anchor is paired with every other image of its class (the positives);
 * each (anchor, positive) pair gets one negative, chosen by the mining rule:
 *
 * - random: any image of another class (seeded);
 * - hard: the negative closest to the anchor (the hardest);
 * - semi-hard (FaceNet): the closest negative that is still farther than the positive,
 *   d(a, p) < d(a, n); inside the margin it gives a loss, beyond it none. When every negative is
 *   closer than the positive, the farthest negative is taken (the least hard), so that a batch
 *   never feeds the network only its hardest cases.
 *
 * For quadruplets a fourth image n2 is chosen, of a class different from both the anchor's and
 * n1's, by the same rule applied to d(n1, n2) against d(a, p).
 */
import { mulberry32 } from '../random/prng';

export type Mining = 'random' | 'semiHard' | 'hard';

export interface Tuple {
  anchor: number;
  positive: number;
  negative: number;
  /** Only for quadruplets: a second negative, of a third class. */
  negative2?: number;
}

/** Distances as an n × n row-major matrix. */
type Distances = ArrayLike<number>;

function pick(candidates: number[], dist: (c: number) => number, dap: number, mining: Mining, next: () => number): number {
  if (mining === 'random') return candidates[Math.floor(next() * candidates.length)];
  let best = -1;
  if (mining === 'hard') {
    for (const c of candidates) if (best < 0 || dist(c) < dist(best)) best = c;
    return best;
  }
  for (const c of candidates) if (dist(c) > dap && (best < 0 || dist(c) < dist(best))) best = c;
  if (best >= 0) return best;
  for (const c of candidates) if (best < 0 || dist(c) > dist(best)) best = c;
  return best;
}

export function mineTuples(distances: Distances, labels: ArrayLike<number>, mining: Mining, seed: number, quadruplets = false): Tuple[] {
  const n = labels.length;
  if (distances.length !== n * n) throw new Error(`Expected ${n} × ${n} distances, got ${distances.length}.`);
  const next = mulberry32(seed);
  const d = (i: number, j: number) => distances[i * n + j];
  const tuples: Tuple[] = [];
  for (let a = 0; a < n; a++) {
    const negatives: number[] = [];
    for (let j = 0; j < n; j++) if (labels[j] !== labels[a]) negatives.push(j);
    if (negatives.length === 0) continue;
    for (let p = 0; p < n; p++) {
      if (p === a || labels[p] !== labels[a]) continue;
      const dap = d(a, p);
      const negative = pick(negatives, (c) => d(a, c), dap, mining, next);
      const tuple: Tuple = { anchor: a, positive: p, negative };
      if (quadruplets) {
        const others = negatives.filter((c) => labels[c] !== labels[negative]);
        if (others.length === 0) continue;
        tuple.negative2 = pick(others, (c) => d(negative, c), dap, mining, next);
      }
      tuples.push(tuple);
    }
  }
  return tuples;
}

/** The indices of a seeded P × K batch: P classes drawn from those present, K images of each. */
export function pkBatch(labels: ArrayLike<number>, classes: number, perClass: number, seed: number): number[] {
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const list = byClass.get(labels[i]) ?? [];
    list.push(i);
    byClass.set(labels[i], list);
  }
  const next = mulberry32(seed);
  const eligible = [...byClass.keys()].filter((c) => byClass.get(c)!.length >= perClass).sort((x, y) => x - y);
  if (eligible.length < classes) throw new Error(`A ${classes} × ${perClass} batch needs ${classes} classes with at least ${perClass} images each; only ${eligible.length} have.`);
  const chosen = shuffle(eligible, next).slice(0, classes).sort((x, y) => x - y);
  const out: number[] = [];
  for (const c of chosen) {
    const pool = byClass.get(c)!.slice();
    // A partial Fisher–Yates: the first `perClass` slots become a random sample.
    for (let k = 0; k < perClass; k++) {
      const j = k + Math.floor(next() * (pool.length - k));
      [pool[k], pool[j]] = [pool[j], pool[k]];
      out.push(pool[k]);
    }
  }
  return out;
}

function shuffle<T>(xs: T[], next: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

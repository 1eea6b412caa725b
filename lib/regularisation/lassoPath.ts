/**
 * The exact L1-regularised (lasso) fit for every λ at once: the solution is piecewise linear in λ,
 * so the homotopy method follows it from λ_max (all penalised weights zero) down to λ_min, one
 * breakpoint at a time; any λ is then read off its segment. A slider can move freely, and an
 * "exactly zero" weight is exactly zero, not an iterative solver's near-miss.
 *
 * Objective: (1/N)‖Xw − y‖² + λ Σ_{k≥1} |w_k|, w0 unpenalised. Centring X's columns and y removes
 * w0; on centred data the optimality (KKT) conditions read c_k = (2/N) x̃_kᵀ(ỹ − X̃w) = λ·sign(w_k)
 * where w_k ≠ 0, and |c_k| ≤ λ where w_k = 0.
 */
import { solveLinear } from './linearSolve';

export interface PathSegment {
  /** The segment holds for λ in [lambdaLow, lambdaHigh]. */
  lambdaHigh: number;
  lambdaLow: number;
  /** Indices (into the penalised columns) of the non-zero weights, and w_active = a − λ·b. */
  active: number[];
  a: number[];
  b: number[];
}

export interface LassoPath {
  lambdaMax: number;
  segments: PathSegment[];
  /** Column and target means, to recover the intercept. */
  xMean: number[];
  yMean: number;
}

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((s, x, i) => s + x * v[i], 0);

/**
 * The lasso path for penalised columns `columns` (each a column of N values) and target y, down
 * to lambdaMin. Throws if the path does not close in a sane number of steps.
 */
export function lassoPath(columns: readonly (readonly number[])[], y: readonly number[], lambdaMin: number): LassoPath {
  const n = y.length;
  const p = columns.length;
  const xMean = columns.map((c) => c.reduce((s, v) => s + v, 0) / n);
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  const xc = columns.map((c, k) => c.map((v) => v - xMean[k]));
  const yc = y.map((v) => v - yMean);
  const gram = xc.map((u) => xc.map((v) => dot(u, v)));
  const xty = xc.map((u) => dot(u, yc));
  // c_k(λ) = (2/N)(x̃_kᵀỹ − Σ_A G_kj w_j(λ)) = alpha_k + λ·beta_k along a segment.
  const corr0 = xty.map((v) => (2 / n) * v);
  const lambdaMax = Math.max(...corr0.map(Math.abs));
  const segments: PathSegment[] = [];
  let lambda = lambdaMax;
  let active: number[] = [];
  let signs: number[] = [];
  /** The weight that changed at the current λ: it must not change straight back at the same λ. */
  let lastChanged = -1;
  if (lambdaMax <= lambdaMin) return { lambdaMax, segments: [{ lambdaHigh: Infinity, lambdaLow: 0, active: [], a: [], b: [] }], xMean, yMean };
  // The first weight to leave zero is the one most correlated with the data.
  const first = corr0.findIndex((v) => Math.abs(v) === lambdaMax);
  active = [first];
  signs = [Math.sign(corr0[first])];
  segments.push({ lambdaHigh: Infinity, lambdaLow: lambdaMax, active: [], a: [], b: [] });
  for (let step = 0; step < 200; step++) {
    const g = active.map((i) => active.map((j) => gram[i][j]));
    const a = solveLinear(g, active.map((i) => xty[i]));
    const b = solveLinear(g, signs.map((s) => (n / 2) * s));
    // Next event below the current λ: an inactive correlation reaches ±λ, or an active weight hits 0.
    let next = lambdaMin;
    let event: { kind: 'enter'; k: number; sign: number } | { kind: 'leave'; pos: number } | null = null;
    for (let k = 0; k < p; k++) {
      if (active.includes(k)) continue;
      const margin = k === lastChanged ? 1e-9 : 1e-12;
      const alpha = (2 / n) * (xty[k] - active.reduce((s, j, t) => s + gram[k][j] * a[t], 0));
      const beta = (2 / n) * active.reduce((s, j, t) => s + gram[k][j] * b[t], 0);
      for (const sign of [1, -1]) {
        // alpha + λ·beta = sign·λ  →  λ = alpha / (sign − beta)
        const denom = sign - beta;
        if (denom === 0) continue;
        const at = alpha / denom;
        if (at < lambda * (1 - margin) && at > next) {
          next = at;
          event = { kind: 'enter', k, sign };
        }
      }
    }
    for (let t = 0; t < active.length; t++) {
      if (b[t] === 0) continue;
      const at = a[t] / b[t];
      const margin = active[t] === lastChanged ? 1e-9 : 1e-12;
      if (at < lambda * (1 - margin) && at > next) {
        next = at;
        event = { kind: 'leave', pos: t };
      }
    }
    segments.push({ lambdaHigh: lambda, lambdaLow: next, active: [...active], a, b });
    if (!event) return { lambdaMax, segments, xMean, yMean };
    lambda = next;
    if (event.kind === 'enter') {
      lastChanged = event.k;
      active = [...active, event.k];
      signs = [...signs, event.sign];
    } else {
      lastChanged = active[event.pos];
      active = active.filter((_, t) => t !== event.pos);
      signs = signs.filter((_, t) => t !== event.pos);
    }
  }
  throw new Error('The lasso path did not close in 200 steps.');
}

/** The weights [w0, w1, …] at λ (λ below the path's end is read from its last segment). */
export function lassoWeightsAt(path: LassoPath, lambda: number): number[] {
  const p = path.xMean.length;
  const seg = path.segments.find((s) => lambda >= s.lambdaLow) ?? path.segments[path.segments.length - 1];
  const w = new Array<number>(p).fill(0);
  seg.active.forEach((k, t) => (w[k] = seg.a[t] - lambda * seg.b[t]));
  const w0 = path.yMean - dot(path.xMean, w);
  return [w0, ...w];
}

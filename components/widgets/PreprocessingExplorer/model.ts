/** From the explorer's state to what it draws: the cloud, every step, and panel geometry. No React. */
import { sampleCloud } from '@/lib/preprocessing/cloud';
import { preprocess, STAGES, type Pipeline, type StageResult } from '@/lib/preprocessing/pipeline2d';
import type { Cloud } from '@/lib/preprocessing/stats2d';
import type { ExplorerState } from './state';

export function runPipeline(s: Pick<ExplorerState, 'rho' | 'sx' | 'sy' | 'mx' | 'my' | 'n' | 'seed' | 'epsilon'>): Pipeline {
  const { train, test } = sampleCloud(s);
  return preprocess(train, test, s.epsilon);
}

export const stageIndex = (stage: ExplorerState['stage']) => STAGES.indexOf(stage);

export interface Frame {
  /** Centre and half-width of a square window: x and y use the same scale, so circles look round. */
  cx: number;
  cy: number;
  half: number;
}

/** A square window around every point and the origin, with a margin. */
export function frameFor(clouds: Cloud[]): Frame {
  let x0 = 0;
  let x1 = 0;
  let y0 = 0;
  let y1 = 0;
  for (const c of clouds) {
    for (let i = 0; i < c.xs.length; i++) {
      x0 = Math.min(x0, c.xs[i]);
      x1 = Math.max(x1, c.xs[i]);
      y0 = Math.min(y0, c.ys[i]);
      y1 = Math.max(y1, c.ys[i]);
    }
  }
  const half = Math.max(x1 - x0, y1 - y0, 1e-9) * 0.55;
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, half };
}

/** The covariance ellipse at `k` standard deviations, as points in data coordinates. */
export function ellipse(r: StageResult, k = 2, segments = 64): [number, number][] {
  const { mean, eigen } = r.stats;
  const [u1, u2] = eigen.vectors;
  const a = k * Math.sqrt(eigen.values[0]);
  const b = k * Math.sqrt(eigen.values[1]);
  return Array.from({ length: segments + 1 }, (_, i) => {
    const t = (2 * Math.PI * i) / segments;
    const p = a * Math.cos(t);
    const q = b * Math.sin(t);
    return [mean[0] + p * u1[0] + q * u2[0], mean[1] + p * u1[1] + q * u2[1]];
  });
}

/** The principal axes drawn from the mean, each 2√λ long. */
export function principalAxes(r: StageResult, k = 2): [[number, number], [number, number]][] {
  const { mean, eigen } = r.stats;
  return eigen.vectors.map((u, i) => {
    const len = k * Math.sqrt(eigen.values[i]);
    return [mean, [mean[0] + u[0] * len, mean[1] + u[1] * len]] as [[number, number], [number, number]];
  });
}

/**
 * DyingRelu's numbers: the same disturbed layer trained with ReLU and with leaky ReLU, and what
 * each unit looks like at a chosen training step. Plain arithmetic from lib/activations; no React.
 */
import {
  BATCH, INPUT_DIM, MAX_STEPS, UNITS, activeCounts, makeTask, trajectory, unitGradientNorms,
  type Kick, type Layer, type Task, type Trajectory,
} from '@/lib/activations/dyingRelu';

export { BATCH, MAX_STEPS, UNITS, INPUT_DIM };

export interface RunSettings {
  seed: number;
  kick: Kick['kind'];
  rate: number;
  shift: number;
  slope: number;
}

export interface Run {
  task: Task;
  relu: Trajectory;
  leaky: Trajectory;
}

export const kickOf = (s: RunSettings): Kick => (s.kick === 'step' ? { kind: 'step', rate: s.rate } : { kind: 'shift', shift: s.shift });

export function run(s: RunSettings): Run {
  const task = makeTask(s.seed);
  const kick = kickOf(s);
  return { task, relu: trajectory(task, kick, 0, MAX_STEPS), leaky: trajectory(task, kick, s.slope, MAX_STEPS) };
}

/** The half of the plot square [−R, R]² where the unit is on: w·x + b > 0. */
export const VIEW_RADIUS = 3.5;

export interface UnitView {
  index: number;
  w: [number, number];
  b: number;
  /** Inputs of the batch that switch it on. */
  active: number;
  off: boolean;
  /** ‖gradient on (w, b)‖ on the right targets. */
  gradient: number;
  /** Corners of the region where it is on, inside the plot square (empty when none). */
  region: [number, number][];
}

/** Clip the square [−r, r]² to the half-plane w·x + b > 0 (Sutherland–Hodgman with one edge). */
export function halfPlaneRegion(w: [number, number], b: number, r = VIEW_RADIUS): [number, number][] {
  const square: [number, number][] = [[-r, -r], [r, -r], [r, r], [-r, r]];
  const side = (p: [number, number]) => w[0] * p[0] + w[1] * p[1] + b;
  const out: [number, number][] = [];
  for (let i = 0; i < 4; i++) {
    const a = square[i];
    const c = square[(i + 1) % 4];
    const sa = side(a);
    const sc = side(c);
    if (sa > 0) out.push(a);
    if (sa > 0 !== sc > 0) {
      const t = sa / (sa - sc);
      out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  return out;
}

export function unitViews(task: Task, layer: Layer, slope: number): UnitView[] {
  const active = activeCounts(layer, task.inputs);
  const grads = unitGradientNorms(task, layer, slope);
  return Array.from({ length: UNITS }, (_, j) => {
    const w: [number, number] = [layer.w[2 * j], layer.w[2 * j + 1]];
    return { index: j, w, b: layer.b[j], active: active[j], off: active[j] === 0, gradient: grads[j], region: halfPlaneRegion(w, layer.b[j]) };
  });
}

/** Units that are off right after the disturbance and on again at `step`. */
export function revived(t: Trajectory, task: Task, step: number): number {
  const before = activeCounts(t.layers[0], task.inputs);
  const now = activeCounts(t.layers[step], task.inputs);
  return before.filter((c, j) => c === 0 && now[j] > 0).length;
}

/** Arrow keys move the chosen unit through a grid of `cols` columns. */
export function moveUnit(unit: number, key: string, cols: number): number | null {
  const next =
    key === 'ArrowRight' ? unit + 1
    : key === 'ArrowLeft' ? unit - 1
    : key === 'ArrowDown' ? unit + cols
    : key === 'ArrowUp' ? unit - cols
    : key === 'Home' ? 0
    : key === 'End' ? UNITS - 1
    : null;
  return next === null ? null : Math.min(UNITS - 1, Math.max(0, next));
}

/** A number as the widget prints it, with a typographic minus. */
export const num = (v: number, d = 2) => v.toFixed(d).replace(/^-(?=[0.]*$)/, '').replace(/^-/, '\u2212');

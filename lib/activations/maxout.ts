/**
 * Maxout on one input value: the largest of k straight lines, f(x) = max_j (w_j x + b_j).
 * The pieces are parameters a network learns. Plain numbers; the tfjs op is lib/compute/maxout.ts.
 */

export interface MaxoutPieces {
  /** w_j, one per piece. */
  slopes: readonly number[];
  /** b_j, one per piece (same length as slopes). */
  intercepts: readonly number[];
}

/** Shapes a learned Maxout unit can take, each with k = 2 or 3 pieces. */
export const MAXOUT_PRESETS = {
  /** max(−x, x) = |x|: not monotonic, which no fixed activation above is. */
  abs: { slopes: [-1, 1], intercepts: [0, 0] },
  /** max(0, x): ReLU is Maxout with one piece pinned flat. */
  relu: { slopes: [0, 1], intercepts: [0, 0] },
  /** max(0.1x, x): leaky ReLU with slope 0.1. */
  leaky: { slopes: [0.1, 1], intercepts: [0, 0] },
  /** Three pieces that look learned: falling, then gently and then steeply rising. */
  three: { slopes: [-0.5, 0.3, 1.5], intercepts: [-1, 0, -2] },
} as const satisfies Record<string, MaxoutPieces>;

export type MaxoutPreset = keyof typeof MAXOUT_PRESETS;
export const MAXOUT_PRESET_NAMES = Object.keys(MAXOUT_PRESETS) as MaxoutPreset[];

export const isMaxoutPreset = (v: unknown): v is MaxoutPreset =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(MAXOUT_PRESETS, v);

/** Where two neighbouring pieces of the upper envelope meet, left to right. */
export function maxoutKinks({ slopes, intercepts }: MaxoutPieces): number[] {
  const kinks: number[] = [];
  for (let i = 0; i < slopes.length; i++) {
    for (let j = i + 1; j < slopes.length; j++) {
      if (slopes[i] === slopes[j]) continue;
      const x = (intercepts[j] - intercepts[i]) / (slopes[i] - slopes[j]);
      const y = slopes[i] * x + intercepts[i];
      const top = Math.max(...slopes.map((w, k) => w * x + intercepts[k]));
      if (Math.abs(top - y) < 1e-12) kinks.push(x);
    }
  }
  return kinks.sort((a, b) => a - b);
}

/**
 * Parameters of a Maxout layer: each of `units` outputs has `pieces` linear functions of all
 * `inputs` values, each with its own weights and bias.
 */
export const maxoutParams = (inputs: number, units: number, pieces: number) => units * pieces * (inputs + 1);

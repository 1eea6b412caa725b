/**
 * The layer pattern INPUT → [[CONV → RELU]*N → POOL?]*M → [FC → RELU]*K → FC, expanded into a
 * plain layer list for lib/nn/layerStack. No React.
 */
import { walkLayers, type LayerSpec, type StackResult } from '@/lib/nn/layerStack';

export interface PatternState {
  /** CONV → RELU pairs per stage. */
  n: number;
  /** Stages. */
  m: number;
  /** A 2×2 max pool (stride 2) ends every stage. */
  pool: boolean;
  /** Hidden FC → RELU pairs. */
  k: number;
  /** Square input side and channels. */
  side: number;
  channels: number;
  /** Kernels in the first stage; each later stage doubles them. */
  base: number;
  /** Units of each hidden FC layer. */
  fcUnits: number;
}

/** Kernels in stage `stage` (0-based): base, 2·base, 4·base, … as VGG does after each pool. */
export const stageChannels = (base: number, stage: number) => base * 2 ** stage;

export function expandPattern(s: PatternState, classes: number): LayerSpec[] {
  const layers: LayerSpec[] = [];
  for (let stage = 0; stage < s.m; stage++) {
    for (let i = 0; i < s.n; i++) {
      layers.push({ kind: 'conv', cout: stageChannels(s.base, stage), kernel: 3, stride: 1, padding: 1 }, { kind: 'relu' });
    }
    if (s.pool) layers.push({ kind: 'pool', kernel: 2, stride: 2, mode: 'max' });
  }
  layers.push({ kind: 'flatten' });
  for (let i = 0; i < s.k; i++) layers.push({ kind: 'fc', units: s.fcUnits }, { kind: 'relu' });
  layers.push({ kind: 'fc', units: classes });
  return layers;
}

/** The pattern with the current numbers, e.g. "INPUT → [[CONV → RELU]×2 → POOL]×3 → [FC → RELU]×1 → FC". */
export function patternString(s: PatternState): string {
  const stage = `[CONV → RELU]×${s.n}${s.pool ? ' → POOL' : ''}`;
  const hidden = s.k > 0 ? ` → [FC → RELU]×${s.k}` : '';
  return `INPUT → [${stage}]×${s.m}${hidden} → FC`;
}

/** How many 2×2, stride-2 pools fit one after another into a side of `side` pixels. */
export function poolsThatFit(side: number): number {
  let count = 0;
  for (let n = side; n >= 2; n = Math.floor(n / 2)) count++;
  return count;
}

export interface PatternResult {
  layers: LayerSpec[];
  stack: StackResult;
  /** When the stack failed at a pool: how many pools the input allows. */
  maxPools: number | null;
}

export function evaluatePattern(s: PatternState, classes: number): PatternResult {
  const layers = expandPattern(s, classes);
  const stack = walkLayers([s.channels, s.side, s.side], layers);
  const failedAtPool = !stack.ok && layers[stack.failedAt]?.kind === 'pool';
  return { layers, stack, maxPools: failedAtPool ? poolsThatFit(s.side) : null };
}

/** The share of all parameters held by the fully connected layers (0 to 1). */
export function fcShare(stack: Extract<StackResult, { ok: true }>): number {
  const fc = stack.layers.filter((l) => l.layer.kind === 'fc').reduce((a, l) => a + l.params, 0);
  return stack.totals.params === 0 ? 0 : fc / stack.totals.params;
}

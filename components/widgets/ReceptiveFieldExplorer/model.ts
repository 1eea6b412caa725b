/**
 * What the explorer shows, from its state: every map of the stack with the region the selected
 * output unit sees in it, the field in numbers, and what the weights cost. Pure; no React.
 */
import { chainCosts, clipRegion, regionInMap, toFieldLayer, walkChain, type ChainLayer, type LayerCost, type Region } from '@/lib/nn/layerChain';
import { receptiveField, type ReceptiveField } from '@/lib/nn/receptiveField';
import type { ExplorerState } from './state';

export interface MapView {
  /** 0: the input; l: the output of layer l. */
  index: number;
  side: number;
  /** The field of one unit of this map on the input. */
  field: ReceptiveField;
  /** The cells of this map the selected output unit depends on (may reach into padding). */
  region: Region;
  /** Padding drawn around the map: the most any output unit's region reaches past each side. */
  lead: number;
  trail: number;
}

export interface WeightComparison {
  /** Conv layers in the stack and the sum of k² over them: weights per pair of channels. */
  convLayers: number;
  poolLayers: number;
  stackPerPair: number;
  /** One dense kernel as large as the field: r² weights per pair of channels. */
  singlePerPair: number;
  /** The same with C channels in and out of every layer (no biases). */
  stack: number;
  single: number;
  /** Some layer has a dilation above 1 (its field has holes). */
  dilated: boolean;
}

export type ExplorerModel =
  | { ok: true; maps: MapView[]; outSide: number; unit: [number, number]; field: ReceptiveField; comparison: WeightComparison; costs: LayerCost[] }
  | { ok: false; error: string; failedAt: number };

const centre = (n: number) => Math.floor((n - 1) / 2);

/** The selected unit, kept inside the output (null or out of range: the centre). */
export function resolveUnit(unit: readonly [number, number] | null, outSide: number): [number, number] {
  if (!unit) return [centre(outSide), centre(outSide)];
  return [Math.min(unit[0], outSide - 1), Math.min(unit[1], outSide - 1)];
}

export function weightComparison(layers: readonly ChainLayer[], field: ReceptiveField, channels: number): WeightComparison {
  const convs = layers.filter((l) => l.kind === 'conv');
  const stackPerPair = convs.reduce((sum, l) => sum + l.kernel * l.kernel, 0);
  const singlePerPair = field.size * field.size;
  const pairs = channels * channels;
  return {
    convLayers: convs.length,
    poolLayers: layers.length - convs.length,
    stackPerPair,
    singlePerPair,
    stack: stackPerPair * pairs,
    single: singlePerPair * pairs,
    dilated: convs.some((l) => l.dilation > 1),
  };
}

export function explorerModel(state: ExplorerState): ExplorerModel {
  const walked = walkChain(state.side, state.layers);
  if (!walked.ok) return { ok: false, error: walked.error, failedAt: walked.failedAt };
  const { layers } = state;
  const outSide = walked.maps[walked.maps.length - 1].side;
  const unit = resolveUnit(state.unit, outSide);
  const maps = walked.maps.map((m): MapView => {
    const after = receptiveField(layers.slice(m.index).map(toFieldLayer));
    const lastStart = (outSide - 1) * after.effectiveStride - after.effectivePadding;
    return {
      index: m.index,
      side: m.side,
      field: m.field,
      region: regionInMap(layers, m.index, unit[0], unit[1]),
      lead: after.effectivePadding,
      trail: Math.max(0, lastStart + after.size - m.side),
    };
  });
  const field = maps[maps.length - 1].field;
  return { ok: true, maps, outSide, unit, field, comparison: weightComparison(layers, field, state.channels), costs: chainCosts(state.side, layers, state.channels) };
}

/** Arrow keys move the unit one cell, Home/End jump to the first/last cell of the row, PageUp/PageDown to the first/last row. */
export function moveUnit(key: string, unit: readonly [number, number], outSide: number): [number, number] | null {
  const [r, c] = unit;
  const last = outSide - 1;
  const to: Record<string, [number, number]> = {
    ArrowLeft: [r, Math.max(0, c - 1)],
    ArrowRight: [r, Math.min(last, c + 1)],
    ArrowUp: [Math.max(0, r - 1), c],
    ArrowDown: [Math.min(last, r + 1), c],
    Home: [r, 0],
    End: [r, last],
    PageUp: [0, c],
    PageDown: [last, c],
  };
  return to[key] ?? null;
}

/** How many cells of a region lie in the padding (off a map of side n). */
export function paddingCells(region: Region, n: number): number {
  const on = clipRegion(region, n);
  const rows = region.r1 - region.r0 + 1;
  const cols = region.c1 - region.c0 + 1;
  const onCells = Math.max(0, on.r1 - on.r0 + 1) * Math.max(0, on.c1 - on.c0 + 1);
  return rows * cols - onCells;
}

/** The effective-field panel's random network: channels of every layer, and draws averaged per update. */
export const ERF_CHANNELS = 4;
export const ERF_DRAWS = 4;

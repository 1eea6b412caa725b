/** Widget challenges of the receptive-fields lesson. */
import { walkChain, type ChainLayer, type ChainLayerKind } from '@/lib/nn/layerChain';
import { listFrom, numbersFrom } from './state';
import type { ChallengeDef } from './types';

const KINDS: readonly ChainLayerKind[] = ['conv', 'max', 'avg'];
const isWhole = (v: unknown, min: number) => typeof v === 'number' && Number.isInteger(v) && v >= min;

/** The explorer's layers, or null when one is not a layer. */
function layersFrom(state: unknown): ChainLayer[] | null {
  const list = listFrom(state, 'layers');
  if (!list || list.length === 0) return null;
  const layers: ChainLayer[] = [];
  for (const raw of list) {
    if (typeof raw !== 'object' || raw === null) return null;
    const l = raw as Record<string, unknown>;
    if (!KINDS.includes(l.kind as ChainLayerKind)) return null;
    if (!isWhole(l.kernel, 1) || !isWhole(l.stride, 1) || !isWhole(l.padding, 0) || !isWhole(l.dilation, 1)) return null;
    layers.push({ kind: l.kind as ChainLayerKind, kernel: l.kernel as number, stride: l.stride as number, padding: l.padding as number, dilation: l.dilation as number });
  }
  return layers;
}

export const challenges: Record<string, ChallengeDef> = {
  /** ReceptiveFieldExplorer: a stack of at most `maxLayers` layers whose field is exactly `target`. */
  'receptive-field-target': {
    widget: 'ReceptiveFieldExplorer',
    validate: (p) => (!isWhole(p.target, 2) ? 'target must be a whole number of at least 2' : !isWhole(p.maxLayers, 1) ? 'maxLayers must be a whole number of at least 1' : null),
    grade(state, params) {
      const read = numbersFrom(state, ['side'] as const);
      if (!read.ok) return read;
      const layers = layersFrom(state);
      if (!layers) return { ok: false, error: 'The widget’s layers could not be read.' };
      const target = params.target as number;
      const maxLayers = params.maxLayers as number;
      const walked = walkChain(read.value.side, layers);
      if (!walked.ok) return { ok: true, correct: false, feedback: `${walked.error} Make every layer fit first.` };
      const field = walked.maps[walked.maps.length - 1].field.size;
      const count = `${layers.length} layer${layers.length === 1 ? '' : 's'}`;
      const has = `${count} give a receptive field of ${field} × ${field}`;
      if (layers.length > maxLayers) return { ok: true, correct: false, feedback: `${has}, but the goal allows at most ${maxLayers} layers: let a stride, a pool or a dilation do the widening.` };
      if (field === target) return { ok: true, correct: true, feedback: `${has}, as asked.` };
      const advice = field < target ? 'It needs to grow: a stride or a pool early on multiplies what every later layer adds.' : 'It is too wide: shrink a kernel, a stride or a dilation.';
      return { ok: true, correct: false, feedback: `${has}, not ${target} × ${target}. ${advice}` };
    },
  },
};

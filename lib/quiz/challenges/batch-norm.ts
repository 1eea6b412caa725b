/** Widget challenges of the batch-norm lesson. */
import { summarise } from '@/lib/batchNorm/histogram';
import { LAYERS, SHAPES, batchShape, channelValues, drawBatch, type LayerKind, type ShapeName } from '@/lib/batchNorm/syntheticBatch';
import { listFrom, numbersFrom, textFrom } from './state';
import type { ChallengeDef } from './types';
import { formatSigned } from '@/lib/format/numberFormat';

const fmt = (v: number, d = 2) => formatSigned(v, d);

/** A per-channel list of numbers from the state, or null. */
function perChannel(state: unknown, key: string, channel: number): number | null {
  const list = listFrom(state, key);
  const v = list?.[channel];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The training-mode output of one channel of BatchNormExplorer: the same synthetic batch the
 * widget draws (lib/batchNorm), normalised with the batch's own mean and (biased) variance, then
 * y = γ·x̂ + β. The widget runs the same steps through the tfjs compute layer.
 */
export function trainingOutput(
  s: { layer: LayerKind; batchSize: number; shape: ShapeName; mean: number[]; spread: number[]; seed: number; steps: number; eps: number },
  channel: number, gamma: number, beta: number,
): { inMean: number; inSd: number; outMean: number; outSd: number } {
  const x = drawBatch({ layer: s.layer, batchSize: s.batchSize, shape: s.shape, mean: s.mean, spread: s.spread, seed: s.seed, index: s.steps });
  const xs = channelValues(x, batchShape(s), channel);
  const { mean, sd } = summarise(xs);
  const ys = xs.map((v) => (gamma * (v - mean)) / Math.sqrt(sd * sd + s.eps) + beta);
  const out = summarise(ys);
  return { inMean: mean, inSd: sd, outMean: out.mean, outSd: out.sd };
}

export const challenges: Record<string, ChallengeDef> = {
  /**
   * params: channel (0-based), mean and sd (the output statistics to reach), tolerance (on both).
   * Graded in training mode on the batch the widget shows.
   */
  'bn-output-target': {
    widget: 'BatchNormExplorer',
    validate: (p) =>
      typeof p.channel !== 'number' || ![0, 1].includes(p.channel)
        ? 'channel must be 0 or 1'
        : typeof p.mean !== 'number' || typeof p.sd !== 'number' || !(p.sd > 0)
          ? 'mean and sd must be numbers, sd above 0'
          : typeof p.tolerance !== 'number' || !(p.tolerance > 0)
            ? 'tolerance must be a number above 0'
            : null,
    grade(state, params) {
      const read = numbersFrom(state, ['batchSize', 'seed', 'steps', 'eps'] as const);
      if (!read.ok) return read;
      const layer = textFrom(state, 'layer');
      const shape = textFrom(state, 'shape');
      const mode = textFrom(state, 'mode');
      if (!(LAYERS as readonly string[]).includes(layer ?? '') || !(SHAPES as readonly string[]).includes(shape ?? '')) {
        return { ok: false, error: 'The widget has not reported its layer and data shape.' };
      }
      const c = params.channel as number;
      const mean = listFrom(state, 'mean');
      const spread = listFrom(state, 'spread');
      const gamma = perChannel(state, 'gamma', c);
      const beta = perChannel(state, 'beta', c);
      if (!mean || !spread || mean.length !== 2 || spread.length !== 2 || ![...mean, ...spread].every((v) => typeof v === 'number') || gamma === null || beta === null) {
        return { ok: false, error: "The widget's per-channel settings are not readable." };
      }
      const name = `channel ${c + 1}`;
      if (mode !== 'train') return { ok: true, correct: false, feedback: `The widget is in inference mode; the goal is about training mode, where ${name} is normalised with its batch's own statistics. Switch back.` };
      if (layer === 'fc' && read.value.batchSize < 2) return { ok: true, correct: false, feedback: 'Training mode is impossible with one value per channel; pick a larger batch.' };
      const out = trainingOutput(
        { ...read.value, layer: layer as LayerKind, shape: shape as ShapeName, mean: mean as number[], spread: spread as number[] },
        c, gamma, beta,
      );
      const tol = params.tolerance as number;
      const wantMean = params.mean as number;
      const wantSd = params.sd as number;
      const okMean = Math.abs(out.outMean - wantMean) <= tol;
      const okSd = Math.abs(out.outSd - wantSd) <= tol;
      const got = `With γ = ${fmt(gamma)} and β = ${fmt(beta)}, ${name}'s output has mean ${fmt(out.outMean)} and standard deviation ${fmt(out.outSd)}`;
      if (okMean && okSd) return { ok: true, correct: true, feedback: `${got}, as asked, whatever the input's mean (${fmt(out.inMean)}) and spread (${fmt(out.inSd)}).` };
      const missing = [
        okMean ? null : `the mean should be ${fmt(wantMean)} (the mean comes from one of the two parameters alone)`,
        okSd ? null : `the standard deviation should be ${fmt(wantSd)} (after normalising, the spread is |γ|)`,
      ].filter(Boolean);
      return { ok: true, correct: false, feedback: `${got}; ${missing.join(', and ')}.` };
    },
  },
};

/** Pictures of distributions: batch norm's histograms, pruned weights, a centred point cloud. */
import { drawBatch } from '@/lib/batchNorm/syntheticBatch';
import { histogram, summarise } from '@/lib/batchNorm/histogram';
import { BN_EPS } from '@/lib/compute/training/spec';
import { histogram as weightHistogram, magnitudePrune, maxAbs } from '@/lib/compression';
import { sampleCloud } from '@/lib/preprocessing/cloud';
import { preprocess } from '@/lib/preprocessing/pipeline2d';
import { courseModel } from './courseModel';
import { Arrow, Bars, C, H, Picture, STROKE, THIN, W, round, scale } from './svg';
import { strings } from './strings';

export const BATCH = { layer: 'fc', batchSize: 400, shape: 'skewed', mean: [4], spread: [1], seed: 11, index: 0 } as const;
export const BATCH_AXIS = { lo: -2, hi: 9, bins: 22 } as const;

/** A skewed batch of one channel and the same batch normalised with its own mean and variance. */
export function batchNormData() {
  const raw = Array.from(drawBatch({ ...BATCH, mean: [...BATCH.mean], spread: [...BATCH.spread] }));
  const { mean, sd } = summarise(raw);
  const normalised = raw.map((v) => (v - mean) / Math.sqrt(sd * sd + BN_EPS));
  const { lo, hi, bins } = BATCH_AXIS;
  return { raw, normalised, before: histogram(raw, lo, hi, bins).counts, after: histogram(normalised, lo, hi, bins).counts };
}

export function BatchNormPicture() {
  const { before, after } = batchNormData();
  const top = Math.max(...before, ...after);
  const x0 = 10;
  const width = W - 20;
  const zero = round(scale(BATCH_AXIS.lo, BATCH_AXIS.hi, x0, x0 + width)(0));
  const panel = (counts: number[], y: number, colour: string) => (
    <g>
      <Bars x={x0} y={y} width={width} height={36} values={counts.map((c) => c / top)} colours={colour} />
      <path d={`M${x0} ${y + 36}H${x0 + width}`} stroke={C.muted} strokeWidth={THIN} />
    </g>
  );
  return (
    <Picture label={strings.batchNorm}>
      {panel(before, 8, C.muted)}
      {panel(after, 54, C.accent)}
      <path d={`M${zero} 4V${H - 6}`} stroke={C.fg} strokeWidth={THIN} strokeDasharray="3 2" />
    </Picture>
  );
}

export const PRUNE = { layer: '3.kernel', sparsity: 0.5, bins: 24 } as const;

/** The trained network's second convolution: its weights, and which the pruning removes. */
export function compressionData() {
  const weights = courseModel().weights.get(PRUNE.layer);
  if (!weights) throw new Error(`The course model has no ${PRUNE.layer}.`);
  const { tensors, threshold } = magnitudePrune([weights], PRUNE.sparsity);
  const pruned = tensors[0];
  const range = maxAbs([weights]);
  const kept = weights.filter((_, i) => pruned[i] !== 0);
  const removed = weights.filter((_, i) => pruned[i] === 0);
  return {
    weights,
    threshold,
    range,
    kept: Array.from(weightHistogram([kept], PRUNE.bins, range).counts),
    removed: Array.from(weightHistogram([removed], PRUNE.bins, range).counts),
  };
}

export function CompressionPicture() {
  const { kept, removed } = compressionData();
  const top = Math.max(...kept.map((k, i) => k + removed[i]));
  const [x0, y0, y1] = [10, 8, H - 10];
  const step = (W - 20) / kept.length;
  const sy = scale(0, top, y1, y0);
  return (
    <Picture label={strings.compression(Math.round(PRUNE.sparsity * 100))}>
      {kept.map((k, i) => {
        const x = round(x0 + i * step + 0.5);
        const r = removed[i];
        return (
          <g key={i}>
            {k > 0 && <rect x={x} y={round(sy(k))} width={round(step - 1)} height={round(y1 - sy(k))} fill={C.accent} />}
            {r > 0 && (
              <rect x={x + 0.75} y={round(sy(k + r))} width={round(step - 2.5)} height={round(sy(k) - sy(k + r))} fill="none" stroke={C.muted} strokeWidth={THIN} strokeDasharray="2 1.5" />
            )}
          </g>
        );
      })}
      <path d={`M${x0} ${y1}H${W - x0}`} stroke={C.muted} strokeWidth={THIN} />
    </Picture>
  );
}

export const CLOUD = { rho: 0.6, sx: 1, sy: 0.7, mx: 4.5, my: 2.6, n: 24, seed: 5 } as const;

/** A seeded 2-D cloud off the origin and the same cloud centred on its training mean. */
export function preprocessingData() {
  const { train, test } = sampleCloud(CLOUD);
  const { fit, stages } = preprocess(train, test, 0);
  const centred = stages.find((s) => s.stage === 'centred');
  if (!centred) throw new Error('The pipeline did not centre the cloud.');
  return { raw: train, centred: centred.train, mean: fit.mean };
}

export function PreprocessingPicture() {
  const { raw, centred, mean } = preprocessingData();
  const xs = [...raw.xs, ...centred.xs, 0];
  const ys = [...raw.ys, ...centred.ys, 0];
  // One unit is the same length along both axes, so the cloud keeps its shape.
  const pad = 8;
  const k = Math.min((W - 2 * pad) / (Math.max(...xs) - Math.min(...xs)), (H - 2 * pad) / (Math.max(...ys) - Math.min(...ys)));
  const cx = (W - k * (Math.max(...xs) + Math.min(...xs))) / 2;
  const cy = (H + k * (Math.max(...ys) + Math.min(...ys))) / 2;
  const px = (v: number) => round(cx + k * v);
  const py = (v: number) => round(cy - k * v);
  return (
    <Picture label={strings.preprocessing}>
      <path d={`M${px(0)} ${pad}V${H - pad}M${pad} ${py(0)}H${W - pad}`} stroke={C.muted} strokeWidth={THIN} />
      {Array.from(raw.xs, (x, i) => (
        <circle key={`r${i}`} cx={px(x)} cy={py(raw.ys[i])} r={2.2} fill="none" stroke={C.muted} strokeWidth={THIN} />
      ))}
      {Array.from(centred.xs, (x, i) => (
        <circle key={`c${i}`} cx={px(x)} cy={py(centred.ys[i])} r={2.2} fill={C.accent} />
      ))}
      <Arrow x1={px(mean[0])} y1={py(mean[1])} x2={px(0) + 3} y2={py(0) - 3} colour={C.fg} />
      <circle cx={px(mean[0])} cy={py(mean[1])} r={3} fill={C.highlight} stroke={C.fg} strokeWidth={STROKE} />
    </Picture>
  );
}

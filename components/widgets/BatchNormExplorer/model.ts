/**
 * The numbers BatchNormExplorer draws: one synthetic batch, the training-mode pass (batch
 * statistics, running-average update) and the inference-mode pass (running statistics), all from
 * the compute layer's batch-norm ops (matched to PyTorch), then binned for the histograms.
 * The compute module is passed in, so TensorFlow.js stays out of the page until it is needed.
 */
import { batchShape, channelValues, drawBatch, valuesPerChannel } from '@/lib/batchNorm/syntheticBatch';
import { histogram, niceDomain, summarise, type Histogram, type Summary } from '@/lib/batchNorm/histogram';
import { trainingImpossible, type ExplorerState } from './state';

type Compute = typeof import('@/lib/compute');

export const BINS = 24;
/** Histograms cover at least the population mean ± this many standard deviations. */
const SPAN_SDS = 4;
/** The output axis is at least β ± 4·max(|γ|, this), so γ = 0 still has an axis. */
const MIN_GAMMA_SPAN = 0.25;
/** History points kept for the running-statistics chart. */
export const HISTORY_LIMIT = 200;

export type ExplorerParams = Omit<ExplorerState, 'channel' | 'mode'>;

export interface TrainPass {
  /** Shape [N, C] or [N, C, H, W], row-major like the outputs. */
  y: Float32Array;
  /** x̂ = (x − μ_B) / √(σ²_B + ε), i.e. the output for γ = 1, β = 0. */
  xHat: Float32Array;
  batchMean: number[];
  /** Biased (divide by m): the variance that normalises. */
  batchVar: number[];
  runningMean: number[];
  runningVar: number[];
}

export interface EvalPass {
  y: Float32Array;
  xHat: Float32Array;
}

const arr = (t: { dataSync(): ArrayLike<number> }) => Array.from(t.dataSync());

/** Training mode, exactly as PyTorch's BatchNorm in train(): normalise with the batch, update the running averages. */
export function trainPass(
  compute: Compute, x: Float32Array, shape: number[], p: Pick<ExplorerParams, 'gamma' | 'beta' | 'runningMean' | 'runningVar' | 'eps' | 'momentum'>,
): TrainPass {
  const { tf } = compute;
  return tf.tidy(() => {
    const input = tf.tensor(x, shape);
    const r = compute.batchNormTrain(input, tf.tensor1d(p.gamma), tf.tensor1d(p.beta), tf.tensor1d(p.runningMean), tf.tensor1d(p.runningVar), {
      eps: p.eps,
      momentum: p.momentum,
    });
    const ones = tf.onesLike(r.batchMean);
    const xHat = compute.batchNormEval(input, ones, tf.zerosLike(ones), r.batchMean, r.batchVar, { eps: p.eps });
    return {
      y: r.y.dataSync() as Float32Array,
      xHat: xHat.dataSync() as Float32Array,
      batchMean: arr(r.batchMean),
      batchVar: arr(r.batchVar),
      runningMean: arr(r.runningMean),
      runningVar: arr(r.runningVar),
    };
  });
}

/** Inference mode (PyTorch's eval()): normalise with the running statistics, change nothing. */
export function evalPass(compute: Compute, x: Float32Array, shape: number[], p: Pick<ExplorerParams, 'gamma' | 'beta' | 'runningMean' | 'runningVar' | 'eps'>): EvalPass {
  const { tf } = compute;
  return tf.tidy(() => {
    const input = tf.tensor(x, shape);
    const [rm, rv] = [tf.tensor1d(p.runningMean), tf.tensor1d(p.runningVar)];
    const y = compute.batchNormEval(input, tf.tensor1d(p.gamma), tf.tensor1d(p.beta), rm, rv, { eps: p.eps });
    const ones = tf.onesLike(rm);
    const xHat = compute.batchNormEval(input, ones, tf.zerosLike(ones), rm, rv, { eps: p.eps });
    return { y: y.dataSync() as Float32Array, xHat: xHat.dataSync() as Float32Array };
  });
}

export interface OutputView {
  summary: Summary;
  hist: Histogram;
  /** Share of the outputs above 0: what a ReLU after the batch norm lets through. */
  passRelu: number;
  /** The first value of the channel (sample 1, first position), normalised and scaled. */
  probeXHat: number;
  probeY: number;
}

export interface ChannelView {
  population: { mean: number; variance: number };
  input: { summary: Summary; hist: Histogram; probe: number };
  /** Null when training mode is impossible (one value per channel). */
  train: (OutputView & { batchMean: number; batchVar: number; unbiasedVar: number; nextRunningMean: number; nextRunningVar: number }) | null;
  eval: OutputView;
  /** Mean |y_train − y_eval| over the channel's values: how far the two modes disagree on this batch. */
  modeGap: number | null;
  /** The tallest bar of the channel's three histograms, for one count scale. */
  countMax: number;
}

export interface ExplorerView {
  shape: number[];
  valuesPerChannel: number;
  trainImpossible: boolean;
  channels: ChannelView[];
}

const positive = (v: number[]) => v.filter((y) => y > 0).length / v.length;

function outputView(values: number[], domain: [number, number], xHat: number, y: number): OutputView {
  return { summary: summarise(values), hist: histogram(values, domain[0], domain[1], BINS), passRelu: positive(values), probeXHat: xHat, probeY: y };
}

/** Everything the widget shows for its current state: the function a slider move calls. */
export function explorerView(compute: Compute, p: ExplorerParams): ExplorerView {
  const shape = batchShape(p);
  const m = valuesPerChannel(p.layer, p.batchSize);
  const x = drawBatch({ ...p, index: p.steps });
  const impossible = trainingImpossible(p);
  const tr = impossible ? null : trainPass(compute, x, shape, p);
  const ev = evalPass(compute, x, shape, p);
  const channels = p.mean.map((mu, c): ChannelView => {
    const sd = p.spread[c];
    const xs = channelValues(x, shape, c);
    const xSummary = summarise(xs);
    const xDomain = niceDomain(Math.min(mu - SPAN_SDS * sd, xSummary.min), Math.max(mu + SPAN_SDS * sd, xSummary.max));
    const yEval = channelValues(ev.y, shape, c);
    const yTrain = tr ? channelValues(tr.y, shape, c) : null;
    const reach = SPAN_SDS * Math.max(Math.abs(p.gamma[c]), MIN_GAMMA_SPAN);
    const ys = [...yEval, ...(yTrain ?? [])];
    const yDomain = niceDomain(Math.min(p.beta[c] - reach, ...ys), Math.max(p.beta[c] + reach, ...ys));
    const first = (a: ArrayLike<number>) => channelValues(a, shape, c)[0];
    const evalView = outputView(yEval, yDomain, first(ev.xHat), yEval[0]);
    const trainView =
      tr && yTrain
        ? {
            ...outputView(yTrain, yDomain, first(tr.xHat), yTrain[0]),
            batchMean: tr.batchMean[c],
            batchVar: tr.batchVar[c],
            unbiasedVar: (tr.batchVar[c] * m) / (m - 1),
            nextRunningMean: tr.runningMean[c],
            nextRunningVar: tr.runningVar[c],
          }
        : null;
    const inputHist = histogram(xs, xDomain[0], xDomain[1], BINS);
    return {
      population: { mean: mu, variance: sd * sd },
      input: { summary: xSummary, hist: inputHist, probe: xs[0] },
      train: trainView,
      eval: evalView,
      modeGap: yTrain ? yTrain.reduce((s, v, i) => s + Math.abs(v - yEval[i]), 0) / yTrain.length : null,
      countMax: Math.max(...inputHist.counts, ...evalView.hist.counts, ...(trainView?.hist.counts ?? [])),
    };
  });
  return { shape, valuesPerChannel: m, trainImpossible: impossible, channels };
}

export interface HistoryPoint {
  /** Batches seen after this update (1 for the first). */
  step: number;
  batchMean: number[];
  /** The unbiased batch variance, m / (m − 1) · σ²_B: what enters the running average. */
  unbiasedVar: number[];
  runningMean: number[];
  runningVar: number[];
}

/**
 * Train on `count` batches in turn, starting with batch number `steps`: each updates the running
 * statistics the next one starts from. Returns the new state fields and one history point per batch.
 */
export function advance(
  compute: Compute, p: ExplorerParams, count: number,
): { steps: number; runningMean: number[]; runningVar: number[]; history: HistoryPoint[] } {
  if (trainingImpossible(p)) throw new Error('Training-mode batch norm needs at least two values per channel.');
  const shape = batchShape(p);
  const m = valuesPerChannel(p.layer, p.batchSize);
  let { steps, runningMean, runningVar } = p;
  const history: HistoryPoint[] = [];
  for (let k = 0; k < count; k++) {
    const x = drawBatch({ ...p, index: steps });
    const r = trainPass(compute, x, shape, { ...p, runningMean, runningVar });
    steps += 1;
    ({ runningMean, runningVar } = r);
    history.push({ step: steps, batchMean: r.batchMean, unbiasedVar: r.batchVar.map((v) => (v * m) / (m - 1)), runningMean, runningVar });
  }
  return { steps, runningMean, runningVar, history };
}

/** Where a running variance fed with the biased batch variance would settle: σ² (m − 1) / m. */
export const biasedSettlesAt = (variance: number, m: number) => (variance * (m - 1)) / m;

/** Pictures that are curves on a small plot: activations, losses, training practice. */
import { sigmoid } from '@/lib/preprocessing/saturation';
import { crossEntropy } from '@/lib/compression/distillation';
import { errorAgainstTruth, noisySine } from '@/lib/regularisation/dataset';
import { empiricalRisk, fitRidge, predict } from '@/lib/regularisation/polynomialFit';
import { Axes, C, H, Picture, STROKE, W, pathOf, round, scale } from './svg';
import { strings } from './strings';

/** The plot area every curve picture shares. */
const PLOT = { x0: 12, x1: W - 8, y0: 8, y1: H - 8 } as const;
const CURVE = STROKE * 1.5;

const samples = (lo: number, hi: number, n: number) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

export const ACTIVATION_RANGE = { x: [-3, 3], y: [-1.2, 3] } as const;

/** ReLU, sigmoid and tanh sampled over the same inputs. */
export function activationData(n = 61) {
  const xs = samples(ACTIVATION_RANGE.x[0], ACTIVATION_RANGE.x[1], n);
  return {
    xs,
    relu: xs.map((x) => Math.max(0, x)),
    sigmoid: xs.map(sigmoid),
    tanh: xs.map(Math.tanh),
  };
}

export function ActivationsPicture() {
  const d = activationData();
  const sx = scale(ACTIVATION_RANGE.x[0], ACTIVATION_RANGE.x[1], PLOT.x0, PLOT.x1);
  const sy = scale(ACTIVATION_RANGE.y[0], ACTIVATION_RANGE.y[1], PLOT.y1, PLOT.y0);
  const line = (ys: number[], colour: string) => (
    <path d={pathOf(d.xs.map((x, i) => [sx(x), sy(ys[i])]))} fill="none" stroke={colour} strokeWidth={CURVE} strokeLinejoin="round" />
  );
  return (
    <Picture label={strings.activations}>
      <path d={`M${round(sx(0))} ${PLOT.y0}V${PLOT.y1}M${PLOT.x0} ${round(sy(0))}H${PLOT.x1}`} stroke={C.muted} strokeWidth={1} />
      {line(d.tanh, C.negative)}
      {line(d.sigmoid, C.positive)}
      {line(d.relu, C.accent)}
    </Picture>
  );
}

/** Ten classes: a network that guesses evenly gives the correct class 1/10. */
export const CHANCE = 1 / 10;

/** The cross-entropy of a one-hot label against the probability p given to its class. */
export function lossData(n = 50) {
  const ps = samples(0.02, 1, n);
  return { ps, loss: ps.map((p) => crossEntropy([1, 0], [p, 1 - p])), chanceLoss: crossEntropy([1, 0], [CHANCE, 1 - CHANCE]) };
}

export function LossesPicture() {
  const { ps, loss, chanceLoss } = lossData();
  const sx = scale(0, 1, PLOT.x0, PLOT.x1);
  const sy = scale(0, Math.max(...loss), PLOT.y1, PLOT.y0);
  return (
    <Picture label={strings.losses}>
      <Axes {...PLOT} />
      <path d={`M${round(sx(CHANCE))} ${PLOT.y1}V${round(sy(chanceLoss))}H${PLOT.x0}`} stroke={C.muted} strokeWidth={1} strokeDasharray="3 2" fill="none" />
      <path d={pathOf(ps.map((p, i) => [sx(p), sy(loss[i])]))} fill="none" stroke={C.accent} strokeWidth={CURVE} strokeLinejoin="round" />
      <circle cx={round(sx(CHANCE))} cy={round(sy(chanceLoss))} r={3.5} fill={C.highlight} stroke={C.accent} strokeWidth={STROKE} />
    </Picture>
  );
}

export const FIT = { seed: 1, points: 10, noise: 0.2, maxDegree: 9, floor: 1e-3 } as const;

/** Polynomials of growing degree fitted to noisy points of sin(πx): error on the points and on the true curve. */
export function capacityData() {
  const data = noisySine(FIT.seed, FIT.points, FIT.noise);
  const degrees = Array.from({ length: FIT.maxDegree + 1 }, (_, d) => d);
  const fits = degrees.map((d) => fitRidge(data, d, 0));
  const train = fits.map((w) => empiricalRisk(w, data));
  const fresh = fits.map((w) => errorAgainstTruth((x) => predict(w, x)));
  return { degrees, train, fresh, best: fresh.indexOf(Math.min(...fresh)) };
}

export function TrainingPracticePicture() {
  const { degrees, train, fresh, best } = capacityData();
  const sx = scale(0, FIT.maxDegree, PLOT.x0 + 4, PLOT.x1);
  const top = Math.log10(Math.max(...train, ...fresh));
  const sy = (v: number) => scale(Math.log10(FIT.floor), top, PLOT.y1, PLOT.y0)(Math.log10(Math.max(v, FIT.floor)));
  const line = (ys: number[], colour: string) => (
    <g>
      <path d={pathOf(degrees.map((d) => [sx(d), sy(ys[d])]))} fill="none" stroke={colour} strokeWidth={CURVE} strokeLinejoin="round" />
      {degrees.map((d) => (
        <circle key={d} cx={round(sx(d))} cy={round(sy(ys[d]))} r={2} fill={colour} />
      ))}
    </g>
  );
  return (
    <Picture label={strings.trainingPractice}>
      <Axes {...PLOT} />
      {line(train, C.accent)}
      {line(fresh, C.negative)}
      <circle cx={round(sx(best))} cy={round(sy(fresh[best]))} r={4} fill={C.highlight} stroke={C.negative} strokeWidth={STROKE} />
    </Picture>
  );
}

/** Runs → the shared LearningCurves' series: the latest run strong, earlier runs faded. No React. */
import type { CurveSeries } from './LearningCurves';
import type { Run } from './useRuns';
import { trainingStrings as s } from './strings';

export const RUN_COLOURS = ['var(--accent)', 'var(--highlight)', 'var(--positive)', 'var(--negative)', 'var(--muted)', 'var(--fg)'];

/** Test accuracy (solid) and, when `withTrain`, training accuracy (dashed) per epoch for every run. */
export function runSeries<C>(runs: Run<C>[], withTrain: boolean, label: (r: Run<C>, i: number) => string = (_, i) => s.runs.label(i + 1)): CurveSeries[] {
  return runs.flatMap((r, i) => {
    const faded = i !== runs.length - 1;
    const colour = RUN_COLOURS[r.slot % RUN_COLOURS.length];
    const test: CurveSeries = { id: `${r.key}-test`, label: s.runs.test(label(r, i)), points: r.epochs.map((e) => [e.epoch + 1, e.testAccuracy ?? 0]), colour, faded };
    if (!withTrain) return [test];
    return [test, { id: `${r.key}-train`, label: s.runs.train(label(r, i)), points: r.epochs.map((e) => [e.epoch + 1, e.trainAccuracy]), colour, faded, dashed: true }];
  });
}

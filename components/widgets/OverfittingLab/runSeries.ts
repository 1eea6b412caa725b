/** Runs → the shared LearningCurves' series: the latest run strong, earlier runs faded. No React. */
import type { CurveSeries } from '@/components/widgets/shared/training';
import type { Run } from './useRuns';

export const RUN_COLOURS = ['var(--accent)', 'var(--highlight)', 'var(--positive)', 'var(--negative)', 'var(--muted)', 'var(--fg)'];

/** Test accuracy (solid) and, when `withTrain`, training accuracy (dashed) per epoch for every run. */
export function runSeries<C>(runs: Run<C>[], label: (r: Run<C>, i: number) => string, withTrain: boolean): CurveSeries[] {
  return runs.flatMap((r, i) => {
    const faded = i !== runs.length - 1;
    const colour = RUN_COLOURS[r.slot % RUN_COLOURS.length];
    const test: CurveSeries = { id: `${r.key}-test`, label: `${label(r, i)}: test`, points: r.epochs.map((e) => [e.epoch + 1, e.testAccuracy ?? 0]), colour, faded };
    if (!withTrain) return [test];
    return [test, { id: `${r.key}-train`, label: `${label(r, i)}: training`, points: r.epochs.map((e) => [e.epoch + 1, e.trainAccuracy]), colour, faded, dashed: true }];
  });
}

'use client';
import { useRef, useState, type ReactNode } from 'react';
import type { EpochReport, ImageSet, Network, Trainer } from '@/lib/compute/training';
import { Alert } from '@/components/ui';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import ui from '../widgetUi.module.css';
import { LearningCurves } from './LearningCurves';
import { RunsTable } from './RunsTable';
import { runSeries } from './runSeries';
import { trainingStrings as s } from './strings';
import { TrainingControls } from './TrainingControls';
import { useRuns, type Reporter } from './useRuns';

type Compute = typeof import('@/lib/compute');

/** What every epoch experiment's configuration holds: the budget and the seed. */
export interface EpochConfig {
  /** Training images per class (×10 classes). */
  perClass: number;
  epochs: number;
  seed: number;
}

export interface EpochRunsLabProps<C extends EpochConfig> {
  /** The next run's configuration (the widget's state). */
  config: C;
  /** The settings panel, above the controls. */
  settings: ReactNode;
  /** Test images per class the curves are measured on. */
  testPerClass: number;
  /** One run's network and trainer, on the balanced training and test subsets. */
  build: (compute: Compute, config: C, sets: { train: ImageSet; test: ImageSet }, report: Reporter) => { network: Network; trainer: Trainer };
  /** The widget's words (its strings.ts): the status line and the screen-reader announcement after an epoch (from 1) of `total` with both accuracies, a run's setting in the runs table, and the chart's title. */
  words: {
    announce: (epoch: number, total: number, train: number, test: number) => string;
    describe: (config: C) => string;
    chartCaption: string;
  };
  /** Something else a run needs (FineTuneLab's pre-trained network): loaded by the Train press. */
  extra?: { ready: boolean; failed: boolean; load: () => void; status: ReactNode };
}

/**
 * An experiment run epoch by epoch and compared run against run (OverfittingLab, FineTuneLab):
 * settings, the shared controls, the images' status, accuracy curves and the runs table.
 */
export function EpochRunsLab<C extends EpochConfig>({ config, settings, testPerClass, build, words, extra }: EpochRunsLabProps<C>) {
  const { announce, describe, chartCaption } = words;
  const ref = useRef<HTMLDivElement>(null);
  const say = (r: EpochReport, total: number) => announce(r.epoch + 1, total, r.trainAccuracy, r.testAccuracy ?? 0);
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist();
  const [announcement, setAnnouncement] = useState('');
  const ready = status.kind === 'ready' && compute !== null && (extra?.ready ?? true);
  const go = () => {
    if (!compute || status.kind !== 'ready') return;
    const c = compute;
    const { train, test } = status.data;
    const run = { ...config };
    void runs.start(
      run,
      (report) => {
        const sets = { train: c.sliceSet(train, c.balancedSubset(train, run.perClass)), test: c.sliceSet(test, c.balancedSubset(test, testPerClass)) };
        const onEpoch = (r: EpochReport) => {
          report.onEpoch(r);
          setAnnouncement(say(r, run.epochs));
        };
        const { network, trainer } = build(c, run, sets, { onEpoch, onState: report.onState });
        return {
          loop: trainer,
          dispose() {
            trainer.dispose();
            network.dispose();
          },
        };
      },
      c,
    );
  };
  const runs = useRuns<C>({ ready, failed: status.kind === 'failed' || (extra?.failed ?? false), go });
  const { current } = runs;
  const last = current?.epochs.at(-1);
  const train = () => {
    if (ready) return go();
    runs.want();
    if (status.kind !== 'ready' && status.kind !== 'loading') load();
    if (extra && !extra.ready) extra.load();
  };

  return (
    <div ref={ref} className={`${ui.focusScope} ${ui.results}`}>
      {settings}
      <TrainingControls
        phase={status.kind === 'loading' ? 'loading' : runs.phase}
        onTrain={train}
        onPause={runs.pause}
        onResume={runs.resume}
        onReset={runs.clear}
        needsData={status.kind !== 'ready'}
        disabled={!compute}
        progress={current ? { done: current.epochs.length, total: current.config.epochs } : undefined}
        detail={last && current ? say(last, current.config.epochs) : undefined}
        announcement={announcement}
        error={runs.error}
      />
      {computeError && <Alert>{computeError}</Alert>}
      <DataStatus status={status} onRetry={load} />
      {extra?.status}
      {runs.phase === 'loading' && !runs.wanted && <p className={ui.loading}>{s.preparing}</p>}
      {runs.runs.length > 0 && (
        <>
          <LearningCurves started title={chartCaption} percent yDomain={[0, 1]} xLabel={s.xEpochs} height={240} series={runSeries(runs.runs, true)} />
          <RunsTable rows={runs.runs.map((r, i) => ({ key: r.key, setting: describe(r.config), epochs: r.epochs, total: r.config.epochs, current: i === runs.runs.length - 1 }))} />
        </>
      )}
    </div>
  );
}

'use client';
import { MAX_SEED } from '@/lib/random/prng';
import { useEffect, useRef, useState } from 'react';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { BATCH_SIZE, EPOCH_CHOICES, LEARNING_RATE, MILD_AUGMENTATION, PER_CLASS_CHOICES, TEST_PER_CLASS, WEIGHT_DECAY, overfitSpec, type OverfitConfig } from './model';
import { schema } from './state';
import { LearningCurves, RunsTable, TrainingControls, runSeries, useRuns, type TrainingPhase } from '@/components/widgets/shared/training';
import { ISSUES, S } from './strings';
import { Alert, Checkbox, NumberField, SelectField } from '@/components/ui';
import ui from '../shared/widgetUi.module.css';
import styles from './OverfittingLab.module.css';

export interface OverfittingLabProps {
  id: string;
  title?: string;
  perClass?: number;
  epochs?: number;
}

export function OverfittingLab({ id, title = S.title, ...props }: OverfittingLabProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist();
  const { runs, current, start, clear, pause, resume } = useRuns<OverfitConfig>();
  const [wanted, setWanted] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [announce, setAnnounce] = useState('');

  const begin = () => {
    if (status.kind !== 'ready') {
      setWanted(true);
      load();
      return;
    }
    void run();
  };
  useEffect(() => {
    if (wanted && status.kind === 'ready' && compute) {
      setWanted(false);
      void run();
    }
    // run() reads the latest state; start only when the data arrives
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, status, compute]);

  async function run() {
    if (!compute || status.kind !== 'ready') return;
    const c = compute;
    const data = status.data;
    const config = { ...state };
    setPreparing(true);
    try {
      await c.selectTrainingBackend(assetUrl('/tfjs-wasm/'));
    } finally {
      setPreparing(false);
    }
    await start(config, async (report) => {
      const train = c.sliceSet(data.train, c.balancedSubset(data.train, config.perClass));
      const test = c.sliceSet(data.test, c.balancedSubset(data.test, TEST_PER_CLASS));
      const net = c.buildNetwork(overfitSpec(config.dropout), config.seed);
      const trainer = c.classifierTrainer({
        network: net,
        train,
        test,
        optimizer: { kind: 'adam', learningRate: LEARNING_RATE },
        batchSize: BATCH_SIZE,
        epochs: config.epochs,
        seed: config.seed,
        weightDecay: config.weightDecay ? WEIGHT_DECAY : 0,
        augment: config.augment ? c.makeAugment(MILD_AUGMENTATION) : undefined,
        onEpoch: (r) => {
          report.onEpoch(r);
          setAnnounce(S.announce(r.epoch + 1, config.epochs, r.trainAccuracy, r.testAccuracy ?? 0));
        },
        onState: report.onState,
      });
      return {
        loop: trainer,
        dispose() {
          trainer.dispose();
          net.dispose();
        },
      };
    });
  }

  const loading = wanted || preparing || status.kind === 'loading';
  const phase: TrainingPhase = loading ? 'loading' : (current?.state ?? 'idle');
  const last = current?.epochs.at(-1);
  return (
    <WidgetFrame name="OverfittingLab" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={ref} className={`${ui.focusScope} ${ui.results}`}>
        <div className={`${ui.panel} ${styles.layout}`}>
          <div className={`${ui.fieldGrid} ${styles.fields}`}>
            <SelectField label={S.perClass} value={state.perClass} options={PER_CLASS_CHOICES} format={S.perClassOption} onChange={(v) => set({ perClass: v })} />
            <SelectField label={S.epochs} value={state.epochs} options={EPOCH_CHOICES} onChange={(v) => set({ epochs: v })} />
            <NumberField label={S.seed} value={state.seed} min={0} max={MAX_SEED} onChange={(v) => set({ seed: Math.min(MAX_SEED, Math.max(0, Math.round(v || 0))) })} />
          </div>
          <fieldset className={styles.remedies}>
            <legend className={ui.panelLegend}>{S.remedies}</legend>
            <Checkbox label={S.dropout} checked={state.dropout} onChange={(dropout) => set({ dropout })} />
            <Checkbox label={S.weightDecay} checked={state.weightDecay} onChange={(weightDecay) => set({ weightDecay })} />
            <Checkbox label={S.augment} checked={state.augment} onChange={(augment) => set({ augment })} />
          </fieldset>
        </div>
        <TrainingControls
          phase={phase}
          onTrain={begin}
          onPause={pause}
          onResume={resume}
          onReset={clear}
          needsData={status.kind !== 'ready'}
          disabled={!compute}
          progress={current ? { done: current.epochs.length, total: current.config.epochs } : undefined}
          detail={last ? S.announce(last.epoch + 1, current!.config.epochs, last.trainAccuracy, last.testAccuracy ?? 0) : undefined}
          announcement={announce}
        />
        {computeError && <Alert>{computeError}</Alert>}
        <DataStatus status={status} onRetry={load} />
        {preparing && <p className={ui.loading}>{S.preparing}</p>}
        {current?.state === 'failed' && <Alert>{S.failed(current.error ?? '')}</Alert>}
        {runs.length > 0 && (
          <>
            <LearningCurves title={S.chartCaption} percent yDomain={[0, 1]} xLabel={S.xLabel} height={240} series={runSeries(runs, true)} />
            <RunsTable rows={runs.map((r, i) => ({ key: r.key, setting: S.describe(r.config), epochs: r.epochs, total: r.config.epochs, current: i === runs.length - 1 }))} />
          </>
        )}
      </div>
    </WidgetFrame>
  );
}

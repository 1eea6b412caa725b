'use client';
import { MAX_SEED } from '@/lib/random/prng';
import { useEffect, useRef, useState } from 'react';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { LearningCurves, RunsTable, TrainingControls, runSeries, useRuns, type TrainingPhase } from '@/components/widgets/shared/training';
import { BATCH_SIZE, EPOCH_CHOICES, LEARNING_RATES, MODES, PER_CLASS_CHOICES, TEST_PER_CLASS, TRUNK_FACTOR, type FineTuneConfig, type TransferMode } from './model';
import { schema } from './state';
import { usePretrained } from './usePretrained';
import { ISSUES, S } from './strings';
import { Alert, NumberField, SelectField } from '@/components/ui';
import ui from '../shared/widgetUi.module.css';
import styles from './FineTuneLab.module.css';

export interface FineTuneLabProps {
  id: string;
  title?: string;
  mode?: TransferMode;
  perClass?: number;
}

export function FineTuneLab({ id, title = S.title, ...props }: FineTuneLabProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist();
  const { status: model, load: loadModel } = usePretrained();
  const { runs, current, start, clear, pause, resume } = useRuns<FineTuneConfig>();
  const [wanted, setWanted] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [announce, setAnnounce] = useState('');

  const begin = () => {
    if (status.kind !== 'ready' || model.kind !== 'ready') {
      setWanted(true);
      if (status.kind !== 'ready' && status.kind !== 'loading') load();
      if (model.kind !== 'ready' && model.kind !== 'loading') void loadModel().catch(() => setWanted(false));
      return;
    }
    void run();
  };
  useEffect(() => {
    if (wanted && status.kind === 'ready' && model.kind === 'ready' && compute) {
      setWanted(false);
      void run();
    }
    if (wanted && (status.kind === 'failed' || model.kind === 'failed')) setWanted(false);
    // run() reads the latest state; start only when everything has arrived
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, status, model, compute]);

  async function run() {
    if (!compute || status.kind !== 'ready' || model.kind !== 'ready') return;
    const c = compute;
    const data = status.data;
    const { header, weights } = model.model;
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
      const net = c.transferNetwork(header.spec, c.PRODUCT_GROUPS.length, config.seed, config.mode === 'scratch' ? undefined : weights);
      const trainer = c.transferTrainer({
        network: net,
        train,
        test,
        optimizer: { kind: 'adam', learningRate: config.learningRate },
        trunkFactor: TRUNK_FACTOR[config.mode],
        target: c.productGroup,
        batchSize: BATCH_SIZE,
        epochs: config.epochs,
        seed: config.seed,
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

  const loading = wanted || preparing || status.kind === 'loading' || model.kind === 'loading';
  const phase: TrainingPhase = loading ? 'loading' : (current?.state ?? 'idle');
  const last = current?.epochs.at(-1);
  const about = model.kind === 'ready' ? model.model.header.about : null;
  return (
    <WidgetFrame name="FineTuneLab" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={ref} className={`${ui.focusScope} ${ui.results}`}>
        <p className={styles.task}>{S.task}</p>
        <div className={`${ui.panel} ${styles.layout}`}>
          {/* Not the kit's Segmented: its chips do not wrap, and these choices are sentences (no room at 360 px). */}
          <fieldset className={styles.modes}>
            <legend className={ui.panelLegend}>{S.mode}</legend>
            {MODES.map((m) => (
              <label key={m} className={ui.check}>
                <input type="radio" name={`${id}-mode`} value={m} checked={state.mode === m} onChange={() => set({ mode: m })} />
                {S.modes[m]}
              </label>
            ))}
          </fieldset>
          <div className={`${ui.fieldGrid} ${styles.fields}`}>
            <SelectField label={S.perClass} value={state.perClass} options={PER_CLASS_CHOICES} format={S.perClassOption} onChange={(v) => set({ perClass: v })} />
            <SelectField label={S.learningRate} value={state.learningRate} options={LEARNING_RATES} onChange={(v) => set({ learningRate: v })} />
            <SelectField label={S.epochs} value={state.epochs} options={EPOCH_CHOICES} onChange={(v) => set({ epochs: v })} />
            <NumberField label={S.seed} value={state.seed} min={0} max={MAX_SEED} onChange={(v) => set({ seed: Math.min(MAX_SEED, Math.max(0, Math.round(v || 0))) })} />
          </div>
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
        {model.kind === 'loading' && <p className={ui.loading}>{S.modelLoading}</p>}
        {model.kind === 'failed' && (
          <Alert>
            <p>{S.modelFailed(model.error)}</p>
            <button type="button" onClick={() => void loadModel().catch(() => {})}>
              {S.retry}
            </button>
          </Alert>
        )}
        {about && typeof about.testAccuracy === 'number' && <p className={styles.about}>{S.about(about.testAccuracy, Number(about.epochs))}</p>}
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

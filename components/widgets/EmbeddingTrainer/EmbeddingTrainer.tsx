'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { inferShapes } from '@/lib/compute/training/spec';
import { EMBEDDING_CNN } from '@/lib/compute/training/lessonSpecs';
import { nearestNeighbours } from '@/lib/metric/distances';
import { Alert, NumberField, Segmented, Slider } from '@/components/ui';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { TrainingControls, trainingStrings } from '@/components/widgets/shared/training';
import { BATCH_CLASSES, BATCH_PER_CLASS, displayIndices, fmt, pct } from './model';
import { Retrieval } from './Retrieval';
import { Scatter, type ScatterHandle } from './Scatter';
import { SharedWeights } from './SharedWeights';
import { DISPLAY_PER_CLASS, LOSSES, MARGIN_STEP, METRICS, MINING, combinationError, fieldIssue, schema, type EmbeddingState } from './state';
import { ISSUES, S, problemText } from './strings';
import { useEmbeddingRun } from './useEmbeddingRun';
import styles from './EmbeddingTrainer.module.css';
import trainer from '@/components/widgets/shared/training/training.module.css';
import ui from '../shared/widgetUi.module.css';

export interface EmbeddingTrainerProps {
  id: string;
  title?: string;
  loss?: EmbeddingState['loss'];
  metric?: EmbeddingState['metric'];
  mining?: EmbeddingState['mining'];
  margin?: number;
  seed?: number;
}

const shapes = inferShapes(EMBEDDING_CNN);
const PARAMS = shapes.ok ? shapes.params.toLocaleString('en-US') : '?';
const NEIGHBOURS = 5;

export function EmbeddingTrainer({ id, title = S.title, ...props }: EmbeddingTrainerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist();
  const data = status.kind === 'ready' ? status.data : null;
  const display = useMemo(() => (data ? displayIndices(data.test.labels, DISPLAY_PER_CLASS) : []), [data]);
  const labels = useMemo(() => (data ? display.map((i) => data.test.labels[i]) : []), [data, display]);
  const scatter = useRef<ScatterHandle>(null);
  const problem = fieldIssue('margin', state.margin) ?? fieldIssue('margin2', state.margin2) ?? fieldIssue('seed', state.seed) ?? combinationError(state);
  const invalid = problem ? problemText(problem) : null;
  const settings = useMemo(() => state, [state.loss, state.metric, state.mining, state.margin, state.margin2, state.seed]); // eslint-disable-line react-hooks/exhaustive-deps
  const run = useEmbeddingRun(compute, settings, data, display, labels, () => scatter.current?.draw(), { failed: status.kind === 'failed', blocked: Boolean(invalid) });
  const { view, phase } = run;
  const [stale, setStale] = useState(false);

  // New settings make the trained network stale: reset it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (phase !== 'idle' && !run.wanted) {
      run.reset();
      setStale(true);
    }
    // Only a change of settings resets.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);

  const query = Math.min(state.query, Math.max(0, labels.length - 1));
  const neighbours = useMemo(
    () => (run.points.current && labels.length ? nearestNeighbours(run.points.current, 2, query, NEIGHBOURS, state.metric) : []),
    // view.version marks new points.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view.version, query, state.metric, labels],
  );

  const errorId = `${id}-error`;
  const slider = (field: 'margin' | 'margin2') => (
    <Slider
      label={field === 'margin' && state.loss !== 'quadruplet' ? S.marginAlone : S.labels[field]}
      value={state[field]}
      min={schema.fields[field].min}
      max={schema.fields[field].max}
      step={MARGIN_STEP}
      format={(v) => v.toFixed(1)}
      onChange={(v) => set({ [field]: v })}
    />
  );
  const ratio = view.stats ? fmt(view.stats.ratio, 3) : '–';
  const acc = view.stats ? pct(view.stats.nearestNeighbourAccuracy) : '–';
  const announce =
    phase === 'failed' ? trainingStrings.failed(run.error ?? '') :
    phase === 'done' ? `${S.done} ${S.progress(view.step, run.steps, fmt(view.loss, 3), ratio, acc)}` :
    phase === 'paused' ? `${S.paused} ${S.progress(view.step, run.steps, fmt(view.loss, 3), ratio, acc)}` :
    phase === 'running' ? S.progress(Math.floor(view.step / 50) * 50, run.steps, '…', '…', '…') : '';

  let main;
  if (computeError) main = <Alert>{computeError}</Alert>;
  else if (!data) {
    main = (
      <div className={styles.start}>
        <p className={trainer.note}>{S.idle(run.steps, S.batch(BATCH_CLASSES, BATCH_PER_CLASS))}</p>
        <DataStatus status={status} onRetry={load} />
      </div>
    );
  } else {
    const q = labels[query];
    main = (
      <>
        <div className={styles.plotRow}>
          <div className={styles.plotCol}>
            <h4 className={ui.heading}>{S.scatter.title}</h4>
            <p className={trainer.note}>{S.scatter.hint}</p>
            {state.metric === 'cosine' ? <p className={trainer.note}>{S.scatter.cosine}</p> : null}
            <Scatter
              handle={scatter}
              points={run.points}
              labels={labels}
              indices={display}
              test={data.test}
              metric={state.metric}
              selected={query}
              onSelect={(i) => set({ query: i })}
              label={S.scatter.label(labels.length, ratio, acc, `${FASHION_CLASSES[q]}, image ${query + 1}`)}
            />
          </div>
          <dl className={styles.stats} data-part="stats" data-ratio={view.stats?.ratio ?? ''} data-accuracy={view.stats?.nearestNeighbourAccuracy ?? ''} data-step={view.step} data-loss={view.loss} data-step-ms={run.timing.stepMs.toFixed(1)} data-embed-ms={run.timing.embedMs.toFixed(1)}>
            <div><dt>{S.stats.step}</dt><dd>{view.step} / {run.steps}</dd></div>
            <div><dt>{S.stats.loss}</dt><dd>{fmt(view.loss, 3)}</dd></div>
            <div><dt>{S.stats.active}</dt><dd>{pct(view.active)}</dd></div>
            <div><dt>{S.stats.ratio}</dt><dd>{ratio}</dd></div>
            <div><dt>{S.stats.accuracy}</dt><dd>{acc}</dd></div>
          </dl>
        </div>
        {view.stats || run.points.current ? (
          <Retrieval id={id} test={data.test} indices={display} labels={labels} query={query} neighbours={neighbours} onQuery={(i) => set({ query: i })} />
        ) : null}
      </>
    );
  }

  return (
    <WidgetFrame name="EmbeddingTrainer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.panel} ${ui.focusScope} ${trainer.settings}`}>
        <div className={trainer.settingsRow}>
          <Segmented variant="chips" name={`${id}-loss`} legend={S.lossLegend} options={LOSSES} value={state.loss} label={(v) => S.lossNames[v]} onChange={(v) => set({ loss: v })} />
          <Segmented variant="chips" name={`${id}-metric`} legend={S.metricLegend} options={METRICS} value={state.metric} label={(v) => S.metricNames[v]} onChange={(v) => set({ metric: v })} />
          <Segmented variant="chips" name={`${id}-mining`} legend={S.miningLegend} options={MINING} value={state.mining} label={(v) => S.miningNames[v]} onChange={(v) => set({ mining: v })} />
        </div>
        <div className={trainer.settingsRow}>
          {slider('margin')}
          {state.loss === 'quadruplet' ? slider('margin2') : null}
          <NumberField label={S.labels.seed} value={state.seed} min={schema.fields.seed.min} max={schema.fields.seed.max} onChange={(v) => set({ seed: v })} invalid={Boolean(fieldIssue('seed', state.seed))} errorId={errorId} />
        </div>
      </div>
      {invalid ? <Alert id={errorId}>{invalid}</Alert> : null}
      <SharedWeights loss={state.loss} params={PARAMS} />
      <div ref={ref} className={trainer.body}>
        <div className={ui.focusScope} data-part="controls">
          <TrainingControls
            phase={phase}
            needsData={!data}
            disabled={Boolean(invalid) || status.kind === 'loading'}
            onTrain={() => {
              if (!data) load();
              setStale(false);
              run.want();
            }}
            onPause={run.pause}
            onResume={run.resume}
            onReset={() => {
              run.reset();
              setStale(false);
            }}
            progress={{ done: view.step, total: run.steps }}
            detail={view.backend ? S.backend(view.backend) : undefined}
            announcement={announce}
            error={run.error}
          />
        </div>
        {!compute && !computeError && run.wanted ? <p className={ui.loading}>{S.loadingCompute}</p> : null}
        {phase === 'loading' && !run.wanted ? <p className={ui.loading}>{S.startingBackend}</p> : null}
        {stale ? <p className={trainer.note} role="status">{S.stale}</p> : null}
        {main}
      </div>
    </WidgetFrame>
  );
}

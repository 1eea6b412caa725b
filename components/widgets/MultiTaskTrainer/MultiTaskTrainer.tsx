'use client';
import { useRef, useState } from 'react';
import { inferShapes } from '@/lib/compute/training/spec';
import { FASHION_GROUPS, MULTI_TASK_CLASSES, MULTI_TASK_CNN } from '@/lib/compute/training/lessonSpecs';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { LiveTex } from '@/components/widgets/shared/LiveTex';
import { Alert, NumberField, Slider } from '@/components/ui';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { wordIssue } from '@/components/widgets/shared/frame/issueStrings';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { TrainingControls, trainingStrings, useTrainingLoop } from '@/components/widgets/shared/training';
import { MultiTaskChart, type Point } from './MultiTaskChart';
import { BATCH, EVAL_COUNT, EVAL_EVERY, LAMBDA_STEP, TRAIN_STEPS, schema, seedIssue } from './state';
import { ISSUES, S } from './strings';
import styles from '@/components/widgets/shared/training/training.module.css';
import own from './MultiTaskTrainer.module.css';
import ui from '../shared/widgetUi.module.css';

const shapes = inferShapes(MULTI_TASK_CNN);
const TRUNK = shapes.ok ? shapes.layers.slice(0, -1).reduce((n, l) => n + l.params, 0) : 0;
const HEAD = shapes.ok ? shapes.layers[shapes.layers.length - 1].params : 0;
const pct = (v: number | undefined) => (v === undefined ? '–' : `${(v * 100).toFixed(1)} %`);

export function MultiTaskTrainer({ id, title = S.title, ...props }: { id: string; title?: string; lambda?: number; seed?: number }) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist();
  const data = status.kind === 'ready' ? status.data : null;
  const [points, setPoints] = useState<Point[]>([]);
  const [step, setStep] = useState(0);
  const lambdaRef = useRef(state.lambda);
  lambdaRef.current = state.lambda;

  const go = () => {
    if (!compute || !data) return;
    setPoints([]);
    setStep(0);
    void loop.start(({ onState }) => {
      const network = compute.buildNetwork(compute.MULTI_TASK_CNN, state.seed);
      const evalSet = compute.sliceSet(data.test, Array.from({ length: EVAL_COUNT }, (_, i) => i));
      const history: Point[] = [];
      const score = (s: number) => {
        history.push({ step: s, lambda: lambdaRef.current, ...compute.evaluateMultiTask(network, evalSet) });
        setPoints([...history]);
      };
      const trainer = compute.multiTaskTrainer({
        network, train: data.train, optimizer: { kind: 'adam', learningRate: 0.003 }, batchSize: BATCH, seed: state.seed, steps: TRAIN_STEPS,
        lambda: () => lambdaRef.current,
        onStep: (r) => {
          setStep(r.step + 1);
          if ((r.step + 1) % EVAL_EVERY === 0) score(r.step + 1);
        },
        onState,
      });
      score(0);
      return { loop: trainer, dispose: () => (trainer.dispose(), network.dispose()) };
    }, compute);
  };
  const loop = useTrainingLoop({ ready: Boolean(data && compute), failed: status.kind === 'failed', go });
  const reset = () => {
    loop.reset();
    setPoints([]);
    setStep(0);
  };

  const last = points.at(-1);
  const seedProblem = seedIssue(state);
  const seedError = seedProblem ? wordIssue(seedProblem, ISSUES.label) : null;
  const lam = state.lambda.toFixed(2);
  const oneMinus = (1 - state.lambda).toFixed(2);
  const { phase } = loop;
  const announce =
    phase === 'failed' ? trainingStrings.failed(loop.error ?? '') :
    last && (phase === 'done' || phase === 'paused' || last.step % 100 === 0) ? `${phase === 'done' ? S.done : phase === 'paused' ? S.paused : ''} ${S.status(last.step, TRAIN_STEPS, last.lambda.toFixed(2), pct(last.classAccuracy), pct(last.groupAccuracy))}` : '';

  return (
    <WidgetFrame name="MultiTaskTrainer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.panel} ${ui.focusScope} ${styles.settings}`}>
        <div className={styles.settingsRow}>
          <Slider label={S.lambda} value={state.lambda} min={schema.fields.lambda.min} max={schema.fields.lambda.max} step={LAMBDA_STEP} format={(v) => v.toFixed(2)} onChange={(v) => set({ lambda: v })} />
          <NumberField label={S.seed} value={state.seed} min={schema.fields.seed.min} max={schema.fields.seed.max} onChange={(v) => set({ seed: v })} invalid={Boolean(seedError)} errorId={`${id}-error`} />
        </div>
        <LiveTex tex={String.raw`L = ${oneMinus}\,\mathrm{CE}_{\text{class}} + ${lam}\,\mathrm{CE}_{\text{group}}`} display />
      </div>
      {seedError ? <Alert id={`${id}-error`}>{seedError}</Alert> : null}
      <p className={styles.note}>{S.heads(TRUNK.toLocaleString('en-US'), HEAD.toLocaleString('en-US'), MULTI_TASK_CLASSES, FASHION_GROUPS.length)}</p>
      <div ref={ref} className={styles.body}>
        <p className={styles.note}>{S.intro(TRAIN_STEPS, BATCH, EVAL_COUNT)}</p>
        <div className={ui.focusScope} data-part="controls">
          <TrainingControls
            phase={phase}
            needsData={!data}
            disabled={Boolean(seedError) || status.kind === 'loading'}
            onTrain={() => {
              if (!data) load();
              loop.want();
            }}
            onPause={loop.pause}
            onResume={loop.resume}
            onReset={reset}
            progress={{ done: step, total: TRAIN_STEPS }}
            announcement={announce}
            error={loop.error}
          />
        </div>
        <DataStatus status={status} onRetry={load} />
        {computeError ? <Alert>{computeError}</Alert> : null}
        <div className={own.bars} data-part="accuracies" data-class={last?.classAccuracy ?? ''} data-group={last?.groupAccuracy ?? ''} data-step={last?.step ?? ''}>
          {(['class', 'group'] as const).map((head) => {
            const v = head === 'class' ? last?.classAccuracy : last?.groupAccuracy;
            return (
              <div key={head} className={own.bar}>
                <span className={own.barLabel}>{S.accuracy[head]}</span>
                <span className={own.track}><span className={head === 'class' ? own.fillClass : own.fillGroup} style={{ width: `${(v ?? 0) * 100}%` }} /></span>
                <span className={own.barValue}>{pct(v)} <small>({S.chance[head]})</small></span>
              </div>
            );
          })}
        </div>
        <MultiTaskChart points={points} steps={TRAIN_STEPS} />
      </div>
    </WidgetFrame>
  );
}

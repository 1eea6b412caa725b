'use client';
import { line, scaleLinear } from 'd3';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Loop, Network } from '@/lib/compute';
import { inferShapes } from '@/lib/compute/training/spec';
import { FASHION_GROUPS, MULTI_TASK_CLASSES, MULTI_TASK_CNN } from '@/lib/compute/training/lessonSpecs';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { LiveTex } from '@/components/widgets/shared/LiveTex';
import { Alert, Legend, NumberField, Slider } from '@/components/ui';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { wordIssue } from '@/components/widgets/shared/frame/issueStrings';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { TrainingControls, controlsPhase, type RunPhase } from '@/components/widgets/shared/training';
import { BATCH, EVAL_COUNT, EVAL_EVERY, LAMBDA_STEP, TRAIN_STEPS, schema, seedIssue } from './state';
import { ISSUES, S } from './strings';
import styles from '@/components/widgets/shared/training/training.module.css';
import own from './MultiTaskTrainer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Point {
  step: number;
  lambda: number;
  classAccuracy: number;
  groupAccuracy: number;
}

const shapes = inferShapes(MULTI_TASK_CNN);
const TRUNK = shapes.ok ? shapes.layers.slice(0, -1).reduce((n, l) => n + l.params, 0) : 0;
const HEAD = shapes.ok ? shapes.layers[shapes.layers.length - 1].params : 0;
const pct = (v: number | undefined) => (v === undefined ? '–' : `${(v * 100).toFixed(1)} %`);
const M = { top: 10, right: 12, bottom: 34, left: 44 };

export function MultiTaskTrainer({ id, title = S.title, ...props }: { id: string; title?: string; lambda?: number; seed?: number }) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist();
  const data = status.kind === 'ready' ? status.data : null;
  const [phase, setPhase] = useState<RunPhase>('idle');
  const [points, setPoints] = useState<Point[]>([]);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [wanted, setWanted] = useState(false);
  const lambdaRef = useRef(state.lambda);
  lambdaRef.current = state.lambda;
  const run = useRef<{ net: Network; loop: Loop & { dispose(): void } } | null>(null);
  const token = useRef(0);

  const dispose = useCallback(() => {
    token.current++;
    const r = run.current;
    run.current = null;
    r?.loop.dispose();
    r?.net.dispose();
  }, []);
  useEffect(() => dispose, [dispose]);
  const reset = () => {
    dispose();
    setPoints([]);
    setStep(0);
    setPhase('idle');
    setError(null);
  };

  const start = useCallback(async () => {
    if (!compute || !data) return;
    dispose();
    const mine = ++token.current;
    setPhase('starting');
    setPoints([]);
    setStep(0);
    try {
      await compute.selectTrainingBackend(assetUrl('/tfjs-wasm/'));
      if (token.current !== mine) return;
      const net = compute.buildNetwork(compute.MULTI_TASK_CNN, state.seed);
      const evalSet = compute.sliceSet(data.test, Array.from({ length: EVAL_COUNT }, (_, i) => i));
      const history: Point[] = [];
      const score = (s: number) => {
        history.push({ step: s, lambda: lambdaRef.current, ...compute.evaluateMultiTask(net, evalSet) });
        setPoints([...history]);
      };
      const loop = compute.multiTaskTrainer({
        network: net, train: data.train, optimizer: { kind: 'adam', learningRate: 0.003 }, batchSize: BATCH, seed: state.seed, steps: TRAIN_STEPS,
        lambda: () => lambdaRef.current,
        onStep: (r) => {
          setStep(r.step + 1);
          if ((r.step + 1) % EVAL_EVERY === 0) score(r.step + 1);
        },
        onState: (s, e) => {
          if (token.current !== mine) return;
          if (s === 'paused' || s === 'running') setPhase(s);
          if (s === 'failed') {
            setPhase('failed');
            setError(e instanceof Error ? e.message : String(e));
          }
        },
      });
      run.current = { net, loop };
      score(0);
      await loop.start();
      if (token.current === mine && loop.state === 'done') setPhase('done');
    } catch (e) {
      if (token.current === mine) {
        setPhase('failed');
        setError(e instanceof Error ? e.message : String(e));
      }
    }
  }, [compute, data, dispose, state.seed]);

  useEffect(() => {
    if (wanted && data && compute) {
      setWanted(false);
      void start();
    }
  }, [wanted, data, compute, start]);

  const last = points.at(-1);
  const [chartRef, width] = useElementWidth<HTMLDivElement>(560);
  const height = width < 480 ? 170 : 200;
  const x = scaleLinear().domain([0, TRAIN_STEPS]).range([M.left, Math.max(M.left + 60, width - M.right)]);
  const y = scaleLinear().domain([0, 1]).range([height - M.bottom, M.top]);
  const path = (f: (p: Point) => number) => line<Point>().x((p) => x(p.step)).y((p) => y(f(p)))(points) ?? '';
  const seedProblem = seedIssue(state);
  const seedError = seedProblem ? wordIssue(seedProblem, ISSUES.label) : null;
  const lam = state.lambda.toFixed(2);
  const oneMinus = (1 - state.lambda).toFixed(2);
  const announce =
    phase === 'failed' ? S.failed(error ?? '') :
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
            phase={controlsPhase(phase, wanted)}
            needsData={!data}
            disabled={Boolean(seedError) || status.kind === 'loading'}
            onTrain={() => {
              if (!data) load();
              setWanted(true);
            }}
            onPause={() => run.current?.loop.pause()}
            onResume={() => run.current?.loop.resume()}
            onReset={reset}
            progress={{ done: step, total: TRAIN_STEPS }}
            announcement={announce}
          />
        </div>
        <DataStatus status={status} onRetry={load} />
        {computeError ? <Alert>{computeError}</Alert> : null}
        {phase === 'failed' ? <Alert>{S.failed(error ?? '')}</Alert> : null}
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
        <figure className={ui.chartFigure}>
          <figcaption className={ui.chartCaption}>{S.chartCaption}</figcaption>
          <div ref={chartRef} className={ui.chartCanvas}>
            <svg width={width} height={height} role="img" aria-label={S.chartLabel(points.length, pct(last?.classAccuracy), pct(last?.groupAccuracy))} className={ui.chartSvg}>
              {[0, 0.25, 0.5, 0.75, 1].map((t) => (
                <g key={t} transform={`translate(0,${y(t)})`}>
                  <line x1={M.left} x2={x(TRAIN_STEPS)} className={ui.chartGrid} />
                  <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>{`${t * 100}%`}</text>
                </g>
              ))}
              {[0, 100, 200, 300].map((t) => (
                <text key={t} x={x(t)} y={height - M.bottom + 24} textAnchor="middle" className={ui.chartTick}>{t}</text>
              ))}
              {points.map((p) => (
                <rect key={p.step} x={x(p.step) - 2} y={height - M.bottom + 2} width={4} height={12 * p.lambda + 2} className={own.lambdaTick} />
              ))}
              <path d={path((p) => p.classAccuracy)} className={own.classLine} />
              <path d={path((p) => p.groupAccuracy)} className={own.groupLine} />
            </svg>
          </div>
          <Legend
            items={[
              { label: S.accuracy.class, color: 'var(--accent)', mark: 'line' },
              { label: S.accuracy.group, color: 'var(--highlight)', mark: 'dashed' },
            ]}
          />
        </figure>
      </div>
    </WidgetFrame>
  );
}

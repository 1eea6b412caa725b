'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { maskOf } from '@/lib/compression/prune';
import { Alert, Button, NumberField, Slider } from '@/components/ui';
import { AccuracyChart, type AccuracyMark } from '@/components/widgets/shared/compression/AccuracyChart';
import { WeightHistogram } from '@/components/widgets/shared/compression/WeightHistogram';
import { useLoopSweep, type LabBodyProps } from '@/components/widgets/shared/compression/useLabBody';
import { trainingStrings } from '@/components/widgets/shared/training/strings';
import { useTrainingLoop } from '@/components/widgets/shared/training/useTrainingLoop';
import { KernelGrid } from './KernelGrid';
import { layerTitle } from '@/components/widgets/shared/compression/layerTitle';
import { CURVE_SPARSITIES, makePlan, prunedKernels, viewAt } from './model';
import { fieldIssue, schema, type PruningState } from './state';
import { S } from './strings';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import cs from '@/components/widgets/shared/compression/compression.module.css';
import styles from './PruningExplorer.module.css';

type FineTune = { kind: 'running'; batch: number } | { kind: 'done'; sparsity: number; before: number; after: number; batches: number };

export function PruningBody({ id, lab, state, set }: LabBodyProps<PruningState>) {
  const { compute, network, data } = lab;
  const shapes = useMemo(() => compute.kernelsOf(network), [compute, network]);
  const plan = useMemo(() => {
    const w = network.getWeights();
    return makePlan(shapes.map((k) => ({ name: k.name, size: k.size })), shapes.map((k) => w.get(k.name)!));
  }, [network, shapes]);
  const view = useMemo(() => viewAt(plan, state.sparsity), [plan, state.sparsity]);
  const first = shapes[0];
  const firstPruned = useMemo(() => prunedKernels(plan, state.sparsity).get(first.name)!, [plan, state.sparsity, first]);

  // The accuracy curve, one sparsity per step of the shared loop so the page stays live.
  const [curve, setCurve] = useState<[number, number][]>([]);
  const measure = useCallback(
    (k: number) => {
      const p = CURVE_SPARSITIES[k];
      const point: [number, number] = [p, compute.evaluateWith(network, prunedKernels(plan, p), data.test).accuracy];
      setCurve((c) => (k === 0 ? [point] : [...c, point]));
    },
    [compute, network, plan, data.test],
  );
  useLoopSweep(lab, CURVE_SPARSITIES.length, measure);

  // The accuracy at the reader's sparsity, measured once the slider rests.
  const [current, setCurrent] = useState<{ sparsity: number; accuracy: number } | null>(null);
  useEffect(() => {
    const known = curve.find(([p]) => p === state.sparsity);
    if (known) {
      setCurrent({ sparsity: known[0], accuracy: known[1] });
      return;
    }
    const timer = setTimeout(() => setCurrent({ sparsity: state.sparsity, accuracy: compute.evaluateWith(network, prunedKernels(plan, state.sparsity), data.test).accuracy }), 200);
    return () => clearTimeout(timer);
  }, [compute, network, plan, data.test, state.sparsity, curve]);

  // Fine-tuning the pruned network: batches on the widget's training loop.
  const [fineTune, setFineTune] = useState<FineTune | null>(null);
  const tuning = useTrainingLoop();
  const stopTuning = () => {
    tuning.reset();
    setFineTune(null);
  };
  useEffect(stopTuning, [state.sparsity, state.batches, state.seed]); // eslint-disable-line react-hooks/exhaustive-deps
  const batchesIssue = fieldIssue('batches', state.batches);
  const batchesError = batchesIssue ? S.fieldError(batchesIssue) : null;
  const startTuning = () => {
    stopTuning();
    const sparsity = state.sparsity;
    const n = state.batches;
    const kernels = prunedKernels(plan, sparsity);
    const weights = network.getWeights();
    for (const [name, w] of kernels) weights.set(name, w);
    const before = compute.evaluateWith(network, kernels, data.test).accuracy;
    setFineTune({ kind: 'running', batch: 0 });
    void tuning.start(({ onState }) => {
      const ft = compute.prunedFineTuner({
        spec: network.spec, weights, masks: new Map([...kernels].map(([name, w]) => [name, maskOf(w)])), train: data.train, batchSize: 32, seed: state.seed,
        optimizer: { kind: 'adam', learningRate: 0.001 },
      });
      const loop = compute.createLoop({
        step: (b) => {
          if (b >= n) return false;
          ft.step();
          if (b % 5 === 0) setFineTune({ kind: 'running', batch: b + 1 });
          return true;
        },
        onState,
      });
      return {
        loop,
        dispose: () => ft.dispose(),
        finish: () => setFineTune({ kind: 'done', sparsity, before, after: compute.evaluate(ft.network, data.test).accuracy, batches: n }),
      };
    });
  };

  const pct = (v: number) => S.percent(v);
  const base = curve[0]?.[1];
  const marks: AccuracyMark[] = [];
  if (current && current.sparsity === state.sparsity) marks.push({ x: current.sparsity, accuracy: current.accuracy, color: 'var(--negative)', title: S.current(current.sparsity, pct(current.accuracy)) });
  if (fineTune?.kind === 'done') marks.push({ x: fineTune.sparsity, accuracy: fineTune.after, color: 'var(--positive)', title: S.fineTuned(fineTune.sparsity, pct(fineTune.before), pct(fineTune.after), fineTune.batches) });
  const curveText = curve.map(([p, a]) => `${p} % → ${pct(a)}`).join(', ');
  return (
    <div className={`${ui.results} ${ui.focusScope}`}>
      <div className={ui.panel}>
        <Slider
          label={S.fields.sparsity} min={schema.fields.sparsity.min} max={schema.fields.sparsity.max} step={1} value={state.sparsity}
          onChange={(sparsity) => set({ sparsity })} format={S.sparsityValue}
        />
        <p className={styles.summary}>{S.summary(view.count, plan.total, view.threshold)}</p>
      </div>
      <p className={ui.ratio} aria-live="polite" data-part="accuracy" data-accuracy={current?.sparsity === state.sparsity ? current.accuracy : ''}>
        {current?.sparsity === state.sparsity ? S.current(state.sparsity, pct(current.accuracy)) : S.measuring} {base !== undefined ? S.base(pct(base)) : null}
      </p>
      <div className={cs.grid2}>
        <WeightHistogram histogram={plan.full} kept={view.kept} threshold={view.threshold} caption={S.histCaption} label={S.histLabel(state.sparsity, view.threshold, plan.total - view.count)} />
        <section className={ui.card} aria-labelledby={`${id}-layers`}>
          <h4 id={`${id}-layers`} className={ui.heading}>{S.layersHeading}</h4>
          <ul className={styles.layers}>
            {shapes.map((k, i) => (
              <li key={k.name}>
                <span>{S.layerRow(layerTitle(k.name, k.shape), view.perLayer[i], k.size)}</span>
                <span className={styles.track} aria-hidden="true"><span className={styles.fill} style={{ width: `${(100 * view.perLayer[i]) / k.size}%` }} /></span>
              </li>
            ))}
          </ul>
          {first.shape.length === 4 && first.shape[2] === 1 ? <KernelGrid kernel={plan.tensors[0]} pruned={firstPruned} k={first.shape[0]} filters={first.shape[3]} /> : null}
        </section>
      </div>
      <AccuracyChart
        series={[{ points: curve, dots: true }]}
        xDomain={[0, 100]} xTicks={[0, 25, 50, 75, 90, 100]} xFormat={(v) => `${v} %`} xLabel={S.xLabel}
        marks={marks} caption={S.curveCaption} label={S.curveLabel(curveText || '…')}
      />
      {curve.length < CURVE_SPARSITIES.length ? <p className={ui.loading} role="status">{S.curveProgress(curve.length, CURVE_SPARSITIES.length)}</p> : null}
      <div className={`${ui.panel} ${cs.row}`}>
        <NumberField label={S.fields.batches} value={state.batches} min={schema.fields.batches.min} max={schema.fields.batches.max} onChange={(v) => set({ batches: v })} invalid={!!batchesError} errorId={`${id}-batches-error`} />
        {fineTune?.kind === 'running' ? (
          <Button onClick={stopTuning}>{S.stop}</Button>
        ) : (
          <Button variant="primary" onClick={startTuning} disabled={!!batchesError || state.sparsity === 0} data-part="fine-tune">{S.fineTuneButton(state.batches)}</Button>
        )}
      </div>
      {batchesError ? <Alert id={`${id}-batches-error`}>{batchesError}</Alert> : null}
      {tuning.phase === 'failed' ? <Alert>{trainingStrings.failed(tuning.error ?? '')}</Alert> : null}
      <p aria-live="polite" className={styles.summary} data-part="fine-tune-status" data-after={fineTune?.kind === 'done' ? fineTune.after : ''} data-before={fineTune?.kind === 'done' ? fineTune.before : ''}>
        {fineTune?.kind === 'running' ? S.fineTuneProgress(fineTune.batch, state.batches) : fineTune?.kind === 'done' ? S.fineTuned(fineTune.sparsity, pct(fineTune.before), pct(fineTune.after), fineTune.batches) : null}
      </p>
    </div>
  );
}

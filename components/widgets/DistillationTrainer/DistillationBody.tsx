'use client';
import { useEffect, useMemo, useState } from 'react';
import type { DistillationReport } from '@/lib/compute';
import { Alert, NumberField, Slider } from '@/components/ui';
import { LearningCurves, TrainingControls, useTrainingLoop } from '@/components/widgets/shared/training';
import type { LabBodyProps } from '@/components/widgets/shared/compression/useLabBody';
import { SoftTargets } from './SoftTargets';
import { BATCH, EVAL_EVERY, LEARNING_RATE, STEPS, STUDENT, fieldIssue, schema, type DistillationState } from './state';
import { S } from './strings';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import cs from '@/components/widgets/shared/compression/compression.module.css';
import styles from './DistillationTrainer.module.css';

export function DistillationBody({ id, lab, state, set }: LabBodyProps<DistillationState>) {
  const { compute, network, data } = lab;
  const image = Math.min(Math.max(0, Math.round(state.image)), data.test.count - 1);
  const px = data.test.height * data.test.width;
  const pixels = useMemo(() => data.test.images.subarray(image * px, (image + 1) * px), [data.test, image, px]);
  const logits = useMemo(() => {
    const tf = compute.tf;
    return tf.tidy(() => network.apply(compute.imageBatch(data.test, [image]), { training: false }).dataSync() as Float32Array);
  }, [compute, network, data.test, image]);

  const issues = (['temperature', 'alpha', 'perClass', 'seed'] as const).map((f) => fieldIssue(f, state[f]));
  const problems = issues.flatMap((i) => (i ? [S.fieldError(i)] : []));
  const [reports, setReports] = useState<DistillationReport[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const loop = useTrainingLoop();
  const reset = () => {
    loop.reset();
    setReports([]);
    setAnnouncement('');
  };
  // New settings make the curves stale.
  useEffect(reset, [state.temperature, state.alpha, state.perClass, state.seed]); // eslint-disable-line react-hooks/exhaustive-deps
  const studentParams = useMemo(() => {
    const r = compute.inferShapes(STUDENT);
    return r.ok ? r.params : 0;
  }, [compute]);
  const teacherParams = useMemo(() => {
    const r = compute.inferShapes(network.spec);
    return r.ok ? r.params : 0;
  }, [compute, network]);
  const train = () => {
    setReports([]);
    const subset = compute.sliceSet(data.train, compute.balancedSubset(data.train, state.perClass));
    const { temperature, alpha } = state;
    void loop.start(({ onState }) => {
      const trainer = compute.distillationTrainer({
        teacher: network, student: STUDENT, train: subset, test: data.test, seed: state.seed, temperature, alpha,
        steps: STEPS, batchSize: Math.min(BATCH, subset.count), optimizer: { kind: 'adam', learningRate: LEARNING_RATE }, evalEvery: EVAL_EVERY,
        onReport: (r) => {
          setReports((prev) => [...prev, r]);
          setAnnouncement(r.step === STEPS ? S.result(S.percent(r.distilledAccuracy), S.percent(r.aloneAccuracy)) : S.report(r.step, STEPS, S.percent(r.distilledAccuracy), S.percent(r.aloneAccuracy)));
        },
        onState,
      });
      return { loop: trainer, dispose: () => trainer.dispose() };
    });
  };
  const last = reports.at(-1);
  const distilledLabel = S.distilled(state.temperature, state.alpha);
  return (
    <div className={`${ui.results} ${ui.focusScope}`}>
      <div className={`${ui.panel} ${styles.sliders}`}>
        <Slider label={S.fields.temperature} min={schema.fields.temperature.min} max={schema.fields.temperature.max} step={0.5} value={state.temperature} onChange={(temperature) => set({ temperature })} />
        <Slider label={S.fields.alpha} min={schema.fields.alpha.min} max={schema.fields.alpha.max} step={0.05} value={state.alpha} onChange={(alpha) => set({ alpha })} format={(a) => a.toFixed(2)} />
      </div>
      <section className={ui.card} aria-labelledby={`${id}-soft`}>
        <h4 id={`${id}-soft`} className={ui.heading}>{S.softHeading}</h4>
        <div className={cs.row}>
          <NumberField label={S.imageLabel(data.test.count)} value={image + 1} min={1} max={data.test.count} onChange={(v) => Number.isInteger(v) && v >= 1 && v <= data.test.count && set({ image: v - 1 })} />
        </div>
        <SoftTargets pixels={pixels} label={data.test.labels[image]} logits={logits} temperature={state.temperature} />
      </section>
      <section className={ui.card} aria-labelledby={`${id}-train`}>
        <h4 id={`${id}-train`} className={ui.heading}>{S.trainHeading}</h4>
        <div className={cs.row}>
          <NumberField label={S.fields.perClass} value={state.perClass} min={schema.fields.perClass.min} max={schema.fields.perClass.max} onChange={(v) => set({ perClass: v })} invalid={!!issues[2]} errorId={`${id}-problem`} />
          <NumberField label={S.fields.seed} value={state.seed} min={schema.fields.seed.min} max={schema.fields.seed.max} onChange={(v) => set({ seed: v })} invalid={!!issues[3]} errorId={`${id}-problem`} />
        </div>
        {problems.length ? <Alert id={`${id}-problem`}>{problems[0]}</Alert> : null}
        <p className={cs.note}>{S.setup(10 * state.perClass, STEPS, studentParams.toLocaleString('en-US'), teacherParams.toLocaleString('en-US'))}</p>
        <TrainingControls
          phase={loop.phase} onTrain={train} onPause={loop.pause} onResume={loop.resume} onReset={reset} error={loop.error}
          progress={{ done: last?.step ?? 0, total: STEPS }} detail={last ? S.detail(last.step, STEPS) : undefined} announcement={announcement} disabled={problems.length > 0}
        />
        <div data-part="distill-result" data-distilled={last?.distilledAccuracy ?? ''} data-alone={last?.aloneAccuracy ?? ''} data-step={last?.step ?? ''}>
          <LearningCurves
            title={S.curvesTitle} percent yDomain={[0, 1]} xLabel={S.xSteps} started={loop.phase !== 'idle'}
            series={[
              { id: 'distilled', label: distilledLabel, points: reports.map((r) => [r.step, r.distilledAccuracy]), colour: 'var(--accent)' },
              { id: 'alone', label: S.alone, points: reports.map((r) => [r.step, r.aloneAccuracy]), colour: 'var(--highlight)', dashed: true },
            ]}
          />
        </div>
      </section>
    </div>
  );
}

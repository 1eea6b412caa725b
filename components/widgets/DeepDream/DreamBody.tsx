'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, NumberField, Segmented, SelectField, Slider } from '@/components/ui';
import type { Lab } from '@/components/widgets/shared/compression/useTrainedModel';
import type { InputImage } from '@/components/widgets/shared/imageInput';
import type { DreamObjective, DreamProgress, DreamRun } from '@/lib/compute/visualise';
import { ImageChooser } from '@/components/widgets/shared/visualise/ImageChooser';
import { namedMapLayers } from '@/components/widgets/shared/visualise/layerNames';
import { MapImage } from '@/components/widgets/shared/visualise/MapImage';
import { probabilities } from '@/components/widgets/shared/visualise/predict';
import { VS } from '@/components/widgets/shared/visualise/strings';
import layout from '@/components/widgets/shared/layout.module.css';
import vcss from '@/components/widgets/shared/visualise/visualise.module.css';
import { BLUR_SIGMA, MODES, schema, type DreamState } from './state';
import { S } from './strings';

interface Props {
  lab: Lab;
  state: DreamState;
  set: (patch: Partial<DreamState>) => void;
}

type Run = { kind: 'idle' } | { kind: 'running' | 'done' | 'stopped'; first: DreamProgress; last: DreamProgress } | { kind: 'failed'; error: string };
const CLASSES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function DreamBody({ lab, state, set }: Props) {
  const { compute, network } = lab;
  const [image, setImage] = useState<InputImage | null>(null);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const current = useRef<DreamRun | null>(null);
  const layers = useMemo(() => namedMapLayers(network.spec), [network]);
  const layer = layers.find((m) => m.index === state.layer) ?? layers[0];
  const channel = Math.min(state.channel, layer.shape[2] - 1);
  const f = schema.fields;

  const stop = () => current.current?.stop();
  // A change of any setting (or leaving the page) stops a run; its last picture stays.
  useEffect(() => stop, [state, network]);

  const objective: DreamObjective = state.mode === 'class' ? { kind: 'class', target: state.target } : state.mode === 'channel' ? { kind: 'channel', layer: layer.index, channel } : { kind: 'dream', layer: layer.index };
  const what = state.mode === 'class' ? VS.className(state.target) : state.mode === 'channel' ? `${layer.name}, channel ${channel}` : layer.name;

  const start = () => {
    stop();
    if (state.mode === 'dream' && !image) return;
    try {
      let first: DreamProgress | null = null;
      const dream = compute.visualise.createDream(
        network,
        {
          objective, steps: state.steps, stepSize: state.stepSize, jitter: state.jitter, blurEvery: state.blurEvery, blurSigma: BLUR_SIGMA, seed: state.seed,
          start: state.mode === 'dream' && image ? { kind: 'image', image: { pixels: image.pixels, height: 28, width: 28 } } : { kind: 'noise', seed: state.seed },
        },
        (p) => {
          first ??= p;
          setRun({ kind: 'running', first, last: p });
        },
      );
      current.current = dream;
      dream.start().then(
        (last) => {
          if (current.current === dream) current.current = null;
          if (first) setRun({ kind: dream.state === 'stopped' ? 'stopped' : 'done', first, last });
        },
        (e: unknown) => setRun({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
      );
    } catch (e) {
      setRun({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  };

  const r = run.kind === 'running' || run.kind === 'done' || run.kind === 'stopped' ? run : null;
  const finalP = useMemo(() => (r && r.kind !== 'running' ? probabilities(compute, network, { pixels: r.last.image, height: 28, width: 28 }) : null), [r, compute, network]);
  const top = finalP ? finalP.indexOf(Math.max(...finalP)) : -1;
  const objectiveWords = S.objective(state.mode, what);
  let readout: string = S.idle;
  if (r) {
    const [from, to] = [VS.value(r.first.value), VS.value(r.last.value)];
    readout = r.last.value >= r.first.value ? S.readout(objectiveWords, from, to, r.last.step, finalP ? VS.percent(finalP[top]) : null, VS.className(top)) : S.readoutFall(objectiveWords, from, to, r.last.step);
    if (r.kind === 'stopped') readout = `${S.stopped(r.last.step)} ${readout}`;
  }
  return (
    <div className={layout.column}>
      <Segmented legend={S.fields.mode} options={MODES} value={state.mode} onChange={(mode) => set({ mode })} label={(m) => S.modes[m]} />
      <p className={layout.hint}>{S.modeHint[state.mode]}</p>
      {state.mode === 'dream' ? <ImageChooser testIndex={state.image} onTestIndex={(i) => set({ image: i })} onImage={setImage} /> : null}
      <div className={layout.row}>
        {state.mode === 'class' ? (
          <SelectField label={S.fields.target} value={state.target} options={CLASSES} format={VS.className} onChange={(t) => set({ target: t })} />
        ) : (
          <SelectField label={S.fields.layer} value={layer.index} options={layers.map((l) => l.index)} format={(i) => layers.find((l) => l.index === i)?.name ?? String(i)} onChange={(i) => set({ layer: i })} />
        )}
        {state.mode === 'channel' ? <Slider label={S.fields.channel} min={0} max={layer.shape[2] - 1} step={1} value={channel} onChange={(c) => set({ channel: c })} format={S.channelValue} /> : null}
        {state.mode !== 'dream' ? <NumberField label={S.fields.seed} value={state.seed} min={f.seed.min} max={f.seed.max} onChange={(seed) => Number.isInteger(seed) && seed >= f.seed.min && seed <= f.seed.max && set({ seed })} /> : null}
      </div>
      <div className={layout.row}>
        <Slider label={S.fields.steps} min={f.steps.min} max={f.steps.max} step={10} value={state.steps} onChange={(steps) => set({ steps })} />
        <Slider label={S.fields.stepSize} min={f.stepSize.min} max={f.stepSize.max} step={0.005} value={state.stepSize} onChange={(stepSize) => set({ stepSize })} format={S.stepValue} />
        <Slider label={S.fields.jitter} min={f.jitter.min} max={f.jitter.max} step={1} value={state.jitter} onChange={(jitter) => set({ jitter })} format={S.px} />
        <Slider label={S.fields.blurEvery} min={f.blurEvery.min} max={f.blurEvery.max} step={1} value={state.blurEvery} onChange={(blurEvery) => set({ blurEvery })} format={S.every} />
      </div>
      <div className={layout.row}>
        {run.kind === 'running' ? (
          <Button onClick={stop} data-part="stop">{S.stop}</Button>
        ) : (
          <Button variant="primary" onClick={start} disabled={state.mode === 'dream' && !image} data-part="run">{S.run}</Button>
        )}
        {r ? <progress aria-label={S.progressLabel} max={r.last.total} value={r.last.step} style={{ flex: '1 1 10rem' }} /> : null}
        {r ? <span className={layout.hint}>{S.progress(r.last.step, r.last.total)}</span> : null}
      </div>
      {run.kind === 'failed' ? <Alert>{VS.failed(run.error)}</Alert> : null}
      <p className={layout.readout} aria-live="polite" data-part="dream" data-state={run.kind} data-step={r?.last.step ?? ''} data-first={r?.first.value ?? ''} data-last={r?.last.value ?? ''}>
        {readout}
      </p>
      {r ? (
        <div className={vcss.figures}>
          <figure className={vcss.figure}>
            <MapImage width={28} height={28} base={r.first.image} label={S.startLabel(state.mode === 'dream' && image ? VS.describeImage(VS.sources[image.source], image.label) : S.noise)} />
            <figcaption>{S.startCaption}</figcaption>
          </figure>
          <figure className={vcss.figure}>
            <MapImage width={28} height={28} base={r.last.image} label={S.imageLabel(objectiveWords, r.last.step)} testId="dream-image" />
            <figcaption>{S.resultCaption}</figcaption>
          </figure>
        </div>
      ) : null}
    </div>
  );
}

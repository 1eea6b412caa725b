'use client';
import { useMemo } from 'react';
import type { AttentionOptions } from '@/lib/compute/attentionInspect';
import { Segmented, SelectField, Slider } from '@/components/ui';
import { AttentionGate } from '@/components/widgets/shared/attention/AttentionGate';
import { MapCanvas, mapMax } from '@/components/widgets/shared/attention/MapCanvas';
import { S as SE } from '@/components/widgets/shared/attention/strings';
import { Thumbnails } from '@/components/widgets/shared/attention/Thumbnails';
import { useHeadMaps, useSurvey, type AttentionBodyProps } from '@/components/widgets/shared/attention/useAttentionBody';
import { SchemaWidget, type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { SURVEY_FRACTION, mean, range, readable, stacked } from './model';
import { SPATIAL_MODES, schema, type AttentionMasksState } from './state';
import { ISSUES, S } from './strings';
import styles from './AttentionMasks.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import table from '@/components/ui/table.module.css';
import att from '@/components/widgets/shared/attention/attention.module.css';

const SURVEY: AttentionOptions[] = SPATIAL_MODES.map((spatial) => ({ spatial, hardFraction: SURVEY_FRACTION }));

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type AttentionMasksProps = WidgetProps<typeof schema>;

export function AttentionMasks({ id, title = S.title, ...props }: AttentionMasksProps) {
  return (
    <SchemaWidget name="AttentionMasks" id={id} title={title} schema={schema} props={props} issues={ISSUES}>
      {({ state, set }) => (
        <AttentionGate>
          {(c, model, data) => <Masks id={id} compute={c} model={model} data={data} state={state} set={set} />}
        </AttentionGate>
      )}
    </SchemaWidget>
  );
}

function Masks({ id, compute, model, data, state, set }: AttentionBodyProps<AttentionMasksState>) {
  const A = compute.attention;
  const { image, view, mode, fraction, stack } = state;
  const test = data.test;
  const [h, w, c] = model.maps;
  const maps = useHeadMaps(compute, model, test, image);
  const all = useMemo(() => SPATIAL_MODES.map((spatial) => A.inspectMaps(model, maps, { spatial, hardFraction: fraction })), [A, model, maps, fraction]);
  const now = all[SPATIAL_MODES.indexOf(mode)];
  const { survey } = useSurvey(compute, model, test, SURVEY);
  const truth = test.labels[image];
  const channel = view < 0 ? 'sum' : view;
  const scale = Math.max(mapMax(now.scaled, c, channel), mapMax(all[0].attended, c, channel), 1e-9);
  const [tLo, tHi] = range(now.scaled);
  const [mLo, mHi] = range(now.mask);
  const [fLo, fHi] = range(now.factors);
  const [oLo, oHi] = range(now.attended);
  const meanM = mean(now.mask);
  const panel = (what: string, lo: number, hi: number, canvas: React.ReactNode, part: string) => (
    <figure className={styles.panel} role="img" aria-label={S.panelLabel(what, lo.toFixed(2), hi.toFixed(2))} data-part={part}>
      {canvas}
      <figcaption>{what}</figcaption>
    </figure>
  );

  return (
    <div className={ui.results}>
      <div className={ui.panel}>
        <Thumbnails set={test} value={image} onChange={(i) => set({ image: i })} name={id} />
        <div className={att.controlRow}>
          <Segmented variant="chips" name={`${id}-mode`} legend={S.modeLegend} options={SPATIAL_MODES} value={mode} label={(v) => S.modes[v]} onChange={(v) => set({ mode: v })} />
          <SelectField label={S.viewLabel} value={view} options={[-1, ...Array.from({ length: c }, (_, k) => k)]} format={(k) => (k < 0 ? S.viewSum : S.viewChannel(k))} onChange={(v) => set({ view: v })} />
        </div>
        {mode === 'hard' ? (
          <Slider
            className={styles.slider} label={S.fractionLabel} min={0.05} max={1} step={0.05} value={fraction}
            onChange={(v) => set({ fraction: Math.round(v * 20) / 20 })} format={(v) => `${Math.round(v * 100)} %`}
          />
        ) : null}
      </div>
      <p className={ui.ratio} aria-live="polite" data-part="summary" data-predicted={now.predicted} data-truth={truth} data-mode={mode}>
        {S.summary(S.modes[mode], SE.className(now.predicted), SE.pct(now.probs[now.predicted]), SE.className(truth))}
      </p>
      <div className={styles.panels}>
        {panel(S.panels.trunk, tLo, tHi, <MapCanvas values={now.scaled} h={h} w={w} channels={c} channel={channel} max={scale} gamma={0.6} className={styles.canvas} />, 'trunk')}
        {panel(S.panels.mask, mLo, mHi, <MapCanvas values={now.mask} h={h} w={w} channels={1} channel={0} max={1} className={styles.canvas} />, 'mask')}
        {panel(S.panels.factor, fLo, fHi, <MapCanvas values={now.factors} h={h} w={w} channels={1} channel={0} max={2} className={styles.canvas} />, 'factor')}
        {panel(S.panels.output, oLo, oHi, <MapCanvas values={now.attended} h={h} w={w} channels={c} channel={channel} max={scale} gamma={0.6} className={styles.canvas} />, 'output')}
      </div>
      <div className={table.scroll} tabIndex={0} role="region" aria-label={S.tableCaption}>
        <table className={`${table.table} ${styles.table}`} data-part="table">
          <caption>{S.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{S.colMode}</th>
              <th scope="col">{S.colPred}</th>
              <th scope="col">{S.colTrue}</th>
              <th scope="col">{S.colAcc}</th>
            </tr>
          </thead>
          <tbody>
            {SPATIAL_MODES.map((m, i) => (
              <tr key={m} className={m === mode ? styles.current : undefined} data-mode={m}>
                <th scope="row">{m === 'hard' ? `${S.modeShort.hard} ${Math.round(fraction * 100)} %` : S.modeShort[m]}</th>
                <td className={styles.left}>{SE.className(all[i].predicted)}</td>
                <td className={table.num}>{SE.pct(all[i].probs[truth])}</td>
                <td className={table.num} data-accuracy={survey ? survey.accuracy[i] : undefined}>{survey ? `${SE.pct(survey.accuracy[i])}${m === 'hard' ? ` (${Math.round(SURVEY_FRACTION * 100)} %)` : ''}` : '…'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className={ui.card}>
        <h4 className={ui.heading}>{S.gradHeading}</h4>
        <p>{S.gradText((1 + mLo).toFixed(2), (1 + mHi).toFixed(2), mLo.toFixed(2), mHi.toFixed(2))}</p>
        <Slider className={styles.slider} label={S.stackLabel} min={schema.fields.stack.min} max={schema.fields.stack.max} step={1} value={stack} onChange={(v) => set({ stack: v })} />
        <p aria-live="polite" data-part="stack">{S.stackText(stack, meanM.toFixed(2), readable(stacked(meanM, stack)), readable(stacked(1 + meanM, stack)))}</p>
      </section>
    </div>
  );
}


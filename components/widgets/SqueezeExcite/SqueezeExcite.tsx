'use client';
import { useMemo } from 'react';
import { Button, Segmented, Slider } from '@/components/ui';
import { AttentionGate } from '@/components/widgets/shared/attention/AttentionGate';
import { MapCanvas, mapMax } from '@/components/widgets/shared/attention/MapCanvas';
import { Thumbnails } from '@/components/widgets/shared/attention/Thumbnails';
import { useHeadMaps, useSurvey, type AttentionBodyProps } from '@/components/widgets/shared/attention/useAttentionBody';
import { SchemaWidget, type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { ChannelBars } from './ChannelBars';
import { ClassHeatmap } from './ClassHeatmap';
import { heatFinding, overrideCount, SURVEY_K, SURVEY_VARIANTS } from './model';
import { ProbBars } from './ProbBars';
import { CHANNELS, HEAT_MODES, MODES, schema, type SqueezeExciteState } from './state';
import { ISSUES, S } from './strings';
import styles from './SqueezeExcite.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import att from '@/components/widgets/shared/attention/attention.module.css';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type SqueezeExciteProps = WidgetProps<typeof schema>;

export function SqueezeExcite({ id, title = S.title, ...props }: SqueezeExciteProps) {
  return (
    <SchemaWidget name="SqueezeExcite" id={id} title={title} schema={schema} props={props} issues={ISSUES}>
      {({ state, set }) => (
        <AttentionGate check={(m) => (m.maps[2] !== CHANNELS ? S.wrongModel(m.maps[2], CHANNELS) : null)}>
          {(c, model, data) => <Inspector id={id} compute={c} model={model} data={data} state={state} set={set} />}
        </AttentionGate>
      )}
    </SchemaWidget>
  );
}

function Inspector({ id, compute, model, data, state, set }: AttentionBodyProps<SqueezeExciteState>) {
  const A = compute.attention;
  const { image, channel, mode, k, overrides, heat } = state;
  const test = data.test;
  const [h, w, c] = model.maps;
  const maps = useHeadMaps(compute, model, test, image);
  const base = useMemo(() => A.inspectMaps(model, maps), [A, model, maps]);
  const now = useMemo(() => A.inspectMaps(model, maps, { channels: mode, hardChannels: k, overrides }), [A, model, maps, mode, k, overrides]);
  const { survey, done } = useSurvey(compute, model, test, SURVEY_VARIANTS);
  const truth = test.labels[image];
  const max = mapMax(maps, c, 'sum') > 0 ? Math.max(...Array.from({ length: c }, (_, ch) => mapMax(maps, c, ch))) : 1;
  const strongest = base.squeeze.indexOf(Math.max(...base.squeeze));
  const hintId = `${id}-bars-hint`;
  const setOverride = (ch: number, v: number | null) => set({ overrides: overrides.map((o, i) => (i === ch ? v : o)) });

  const grid = (values: Float32Array, what: string, part: string) => (
    <div role="img" aria-label={S.mapsLabel(what, channel, strongest, base.squeeze[strongest].toFixed(3))} className={styles.mapGrid} data-part={part}>
      {Array.from({ length: c }, (_, ch) => (
        <figure key={ch} className={ch === channel ? styles.mapTileSelected : styles.mapTile}>
          <MapCanvas values={values} h={h} w={w} channels={c} channel={ch} max={max} gamma={0.6} className={styles.mapCanvas} />
          <figcaption>{S.channel(ch)}</figcaption>
        </figure>
      ))}
    </div>
  );

  const finding = survey ? heatFinding(survey.classExcitation.mean) : null;
  return (
    <div className={`${ui.results} ${styles.inspector}`} data-slide-layout>
      <div className={ui.panel}>
        <Thumbnails set={test} value={image} onChange={(i) => set({ image: i })} name={id} />
        <div className={att.controlRow}>
          <Segmented variant="chips" name={`${id}-mode`} legend={S.modeLegend} options={MODES} value={mode} label={(v) => S.modes[v]} onChange={(v) => set({ mode: v })} />
          {mode === 'hard' ? <Slider className={styles.kSlider} label={S.kLabel} min={schema.fields.k.min} max={schema.fields.k.max} step={1} value={k} onChange={(v) => set({ k: v })} /> : null}
        </div>
      </div>
      <p className={ui.ratio} aria-live="polite" data-part="summary" data-predicted={now.predicted} data-truth={truth}>
        {S.summary(S.className(now.predicted), S.pct(now.probs[now.predicted]), S.className(truth), S.className(base.predicted), S.pct(base.probs[base.predicted]))}
      </p>
      <p className={styles.note}>{S.scaleNote}</p>
      <div className={styles.columns}>
        <section className={ui.card}>
          <h4 className={ui.heading}>{S.beforeHeading}</h4>
          {grid(maps, S.beforeHeading, 'before')}
        </section>
        <section className={ui.card}>
          <h4 className={ui.heading}>{S.afterHeading}</h4>
          {grid(now.scaled, S.afterHeading, 'after')}
        </section>
      </div>
      <section className={`${ui.card} ${styles.squeezeCard}`}>
        <h4 className={ui.heading}>{S.squeezeHeading}</h4>
        <p id={hintId} className={styles.note}>{S.barsHint}</p>
        <ChannelBars squeeze={now.squeeze} excitation={now.excitation} applied={now.applied} selected={channel} onSelect={(ch) => set({ channel: ch })} hintId={hintId} />
        <p className={styles.readout} data-part="channel">{S.channelReadout(channel, now.squeeze[channel].toFixed(3), now.excitation[channel].toFixed(3), now.applied[channel].toFixed(3))}</p>
        <div className={styles.overrideRow}>
          <Slider label={S.channelLabel(channel)} min={0} max={1} step={0.01} value={now.applied[channel]} onChange={(v) => setOverride(channel, v)} format={(v) => v.toFixed(2)} />
          <Button onClick={() => setOverride(channel, null)} disabled={overrides[channel] === null}>{S.resetChannel}</Button>
          <Button onClick={() => set({ overrides: new Array<null>(CHANNELS).fill(null) })} disabled={overrideCount(overrides) === 0}>{S.resetAll}</Button>
        </div>
        <p className={styles.note}>{S.overrideHint} {S.overridden(overrideCount(overrides))}</p>
      </section>
      <section className={ui.card}>
        <h4 className={ui.heading}>{S.probHeading}</h4>
        <ProbBars probs={now.probs} base={base.probs} truth={truth} />
      </section>
      <section className={`${ui.card} ${styles.heatCard}`}>
        <h4 className={ui.heading}>{S.heatHeading}</h4>
        {survey && finding ? (
          <>
            <Segmented variant="chips" name={`${id}-heat`} legend={S.heatLegend} options={HEAT_MODES} value={heat} label={(v) => S.heatModes[v]} onChange={(v) => set({ heat: v })} />
            <div className={styles.heatWrap} tabIndex={0} role="region" aria-label={S.heatHeading}>
              <ClassHeatmap mean={survey.classExcitation.mean} mode={heat} selected={channel} />
            </div>
            <p className={styles.note}>{heat === 'difference' ? S.heatKeyDifference : S.heatKeyAbsolute}</p>
            <p data-part="finding" data-spread={finding.spread}>
              {S.heatFinding(finding.channel, S.className(finding.hi), finding.hiValue.toFixed(2), S.className(finding.lo), finding.loValue.toFixed(2), finding.spread.toFixed(2), `${finding.avgMin.toFixed(2)} to ${finding.avgMax.toFixed(2)}`)}
            </p>
            <p data-part="accuracy" data-soft={survey.accuracy[0]} data-off={survey.accuracy[1]}>
              {S.accuracyLine(S.pct(survey.accuracy[0]), S.pct(survey.accuracy[1]), S.pct(survey.accuracy[2]), SURVEY_K)}
            </p>
          </>
        ) : (
          <div role="status">
            <p className={ui.loading}>{S.surveying(done, test.count)}</p>
            <progress max={test.count} value={done} className={styles.progress} aria-label={S.heatHeading} />
          </div>
        )}
      </section>
      <p className={styles.note}>{S.about(Number(model.about.testAccuracy), Number(model.about.parameters))}</p>
    </div>
  );
}

/** The test-set survey (mean excitation per class, accuracy of the variants), computed once in chunks that yield to the page. */

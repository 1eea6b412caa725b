'use client';
import { useCallback, useId, useMemo, useState } from 'react';
import { Alert, SelectField, Slider } from '@/components/ui';
import type { Lab } from '@/components/widgets/shared/compression/useTrainedModel';
import type { InputImage } from '@/components/widgets/shared/imageInput';
import { ImageChooser } from '@/components/widgets/shared/visualise/ImageChooser';
import { namedMapLayers } from '@/components/widgets/shared/visualise/layerNames';
import { MapImage } from '@/components/widgets/shared/visualise/MapImage';
import { probabilities } from '@/components/widgets/shared/visualise/predict';
import { RampLegend } from '@/components/widgets/shared/visualise/RampLegend';
import { VS } from '@/components/widgets/shared/visualise/strings';
import { shownValue, useDebounced } from '@/components/widgets/shared/visualise/useDebounced';
import layout from '@/components/widgets/shared/layout.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import vcss from '@/components/widgets/shared/visualise/visualise.module.css';
import type { SaliencyState } from './state';
import { S } from './strings';

interface Props {
  lab: Lab;
  state: SaliencyState;
  set: (patch: Partial<SaliencyState>) => void;
}

const TARGETS = [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function SaliencyBody({ lab, state, set }: Props) {
  const [image, setImage] = useState<InputImage | null>(null);
  const headingId = useId();
  const { compute, network } = lab;
  const layers = useMemo(() => namedMapLayers(network.spec), [network]);
  const layer = layers.find((m) => m.index === state.layer) ?? layers[layers.length - 1];
  const channel = Math.min(state.channel, layer.shape[2] - 1);

  const explain = useCallback(() => {
    if (!image) throw new Error('no image');
    const grey = { pixels: image.pixels, height: 28, width: 28 };
    const p = probabilities(compute, network, grey);
    const predicted = p.indexOf(Math.max(...p));
    const target = state.target >= 0 ? state.target : (image.label ?? predicted);
    const v = compute.visualise;
    const saliency = v.saliency(network, grey, target);
    const cam = v.gradCam(network, grey, target);
    return { p, predicted, target, saliency, cam, known: state.target >= 0 || image.label !== undefined };
  }, [compute, network, image, state.target]);
  const project = useCallback(() => {
    if (!image) throw new Error('no image');
    return compute.visualise.deconvnet(network, { pixels: image.pixels, height: 28, width: 28 }, { layer: layer.index, channel });
  }, [compute, network, image, layer.index, channel]);
  const maps = useDebounced(image ? explain : null);
  const deconv = useDebounced(image ? project : null);
  const m = shownValue(maps);
  const d = shownValue(deconv);
  const [mNow, dNow] = [maps.kind === 'ready', deconv.kind === 'ready'];
  const cls = m ? VS.className(m.target) : '';
  const camLayer = m ? (layers.find((l) => l.index === m.cam.layer)?.name ?? '') : '';
  const rows = d ? S.fieldRows(d.field.top, d.field.left, d.field.bottom, d.field.right) : '';
  return (
    <div className={layout.column}>
      <ImageChooser testIndex={state.image} onTestIndex={(i) => set({ image: i })} onImage={setImage} />
      <SelectField label={S.fields.target} value={state.target} options={TARGETS} format={S.targetOption} onChange={(t) => set({ target: t })} />
      {maps.kind === 'failed' ? <Alert>{VS.failed(maps.error)}</Alert> : null}
      <p className={layout.readout} aria-live="polite" data-part="saliency" data-target={mNow ? m?.target : ''} data-max={mNow ? m?.saliency.max : ''} data-cam-max={mNow ? m?.cam.max : ''}>
        {mNow && m ? S.explained(cls, VS.percent(m.p[m.target]), m.known, VS.className(m.predicted)) : VS.working}
      </p>
      {m && image ? (
        <div className={vcss.figures}>
          <figure className={vcss.figure}>
            <MapImage width={28} height={28} base={image.pixels} label={VS.imageLabel(VS.describeImage(VS.sources[image.source], image.label))} />
            <figcaption>{S.imageCaption}</figcaption>
          </figure>
          <figure className={vcss.figure}>
            <MapImage width={28} height={28} overlay={{ values: m.saliency.map, scale: 'sequential', max: m.saliency.max, opacity: 1 }} label={S.saliencyLabel(cls, VS.value(m.saliency.max))} testId="saliency-map" />
            <figcaption>{S.saliencyCaption(cls)}</figcaption>
          </figure>
          <figure className={vcss.figure}>
            <MapImage width={28} height={28} base={image.pixels} overlay={{ values: m.cam.upsampled, scale: 'sequential', max: m.cam.max, opacity: 0.65 }} label={S.camLabel(cls, `${m.cam.camH}×${m.cam.camW}`)} testId="gradcam-map" />
            <figcaption>{S.camCaption(cls, camLayer)}</figcaption>
          </figure>
        </div>
      ) : null}
      {m ? <RampLegend scale="sequential" low={S.zero} high={S.largest} label={S.legendSaliency} /> : null}
      <section className={ui.panel} aria-labelledby={headingId}>
        <h4 id={headingId} className={ui.heading}>{S.deconvHeading}</h4>
        <p className={layout.hint}>{S.deconvHint}</p>
        <div className={layout.row}>
          <SelectField label={S.fields.layer} value={layer.index} options={layers.map((l) => l.index)} format={(i) => layers.find((l) => l.index === i)?.name ?? String(i)} onChange={(i) => set({ layer: i })} />
          <Slider label={S.fields.channel} min={0} max={layer.shape[2] - 1} step={1} value={channel} onChange={(c) => set({ channel: c })} format={S.channelValue} />
        </div>
        {deconv.kind === 'failed' ? <Alert>{VS.failed(deconv.error)}</Alert> : null}
        <p className={layout.readout} aria-live="polite" data-part="deconv" data-value={dNow ? d?.value : ''}>
          {dNow && d ? (d.value > 0 ? S.deconvReadout(layer.name, channel, d.y, d.x, VS.value(d.value), rows) : S.deconvDead(layer.name, channel)) : VS.working}
        </p>
        {d && image && d.value > 0 ? (
          <div className={vcss.figures}>
            <figure className={vcss.figure}>
              <MapImage width={28} height={28} overlay={{ values: d.projection, scale: 'diverging', max: d.maxAbs, opacity: 1 }} label={S.projLabel(layer.name, channel)} testId="deconv-map" />
              <figcaption>{S.projCaption}</figcaption>
              <RampLegend scale="diverging" low={S.negative} middle="0" high={S.positive} label={S.legendDiverging} />
            </figure>
            <figure className={vcss.figure}>
              <MapImage width={28} height={28} base={image.pixels} box={d.field} label={S.fieldLabel(rows)} />
              <figcaption>{S.fieldCaption}</figcaption>
            </figure>
          </div>
        ) : null}
      </section>
    </div>
  );
}

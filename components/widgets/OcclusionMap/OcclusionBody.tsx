'use client';
import { useCallback, useState } from 'react';
import { Alert, Segmented, Slider } from '@/components/ui';
import type { Lab } from '@/components/widgets/shared/compression/useTrainedModel';
import type { InputImage } from '@/components/widgets/shared/imageInput';
import { ImageChooser } from '@/components/widgets/shared/visualise/ImageChooser';
import { MapImage } from '@/components/widgets/shared/visualise/MapImage';
import { RampLegend } from '@/components/widgets/shared/visualise/RampLegend';
import { VS } from '@/components/widgets/shared/visualise/strings';
import { shownValue, useDebounced } from '@/components/widgets/shared/visualise/useDebounced';
import { predictedClass } from '@/components/widgets/shared/visualise/predict';
import layout from '@/components/widgets/shared/layout.module.css';
import vcss from '@/components/widgets/shared/visualise/visualise.module.css';
import { FILL_LEVEL, FILLS, schema, type OcclusionState } from './state';
import { S } from './strings';

interface Props {
  lab: Lab;
  state: OcclusionState;
  set: (patch: Partial<OcclusionState>) => void;
}

export function OcclusionBody({ lab, state, set }: Props) {
  const [image, setImage] = useState<InputImage | null>(null);
  const { compute, network } = lab;
  const { size, stride, fill } = state;
  const run = useCallback(() => {
    if (!image) throw new Error('no image');
    const grey = { pixels: image.pixels, height: 28, width: 28 };
    const target = image.label ?? predictedClass(compute, network, grey);
    const map = compute.visualise.occlusionMap(network, grey, { size, stride, target, fill: FILL_LEVEL[fill] });
    let at = 0;
    map.probabilities.forEach((p, k) => { if (p < map.probabilities[at]) at = k; });
    const top = Math.floor(at / map.cols) * stride;
    const left = (at % map.cols) * stride;
    return { map, target, known: image.label !== undefined, low: map.probabilities[at], box: { top, left, bottom: top + size - 1, right: left + size - 1 } };
  }, [compute, network, image, size, stride, fill]);
  const result = useDebounced(image ? run : null);
  const r = shownValue(result);
  const current = result.kind === 'ready';
  const cls = r ? VS.className(r.target) : '';
  const where = r ? S.summaryBox(r.box.top, r.box.left, size) : '';
  const what = image ? VS.describeImage(VS.sources[image.source], image.label) : '';
  return (
    <div className={layout.column}>
      <ImageChooser testIndex={state.image} onTestIndex={(i) => set({ image: i })} onImage={setImage} />
      <div className={layout.row}>
        <Slider label={S.fields.size} min={schema.fields.size.min} max={schema.fields.size.max} step={1} value={size} onChange={(v) => set({ size: v })} format={S.px} />
        <Segmented legend={S.fields.fill} options={FILLS} value={fill} onChange={(f) => set({ fill: f })} label={(f) => S.fills[f]} />
        <Slider label={S.fields.stride} min={schema.fields.stride.min} max={schema.fields.stride.max} step={1} value={stride} onChange={(v) => set({ stride: v })} format={S.px} />
      </div>
      {r ? <p className={layout.hint}>{S.positions(r.map.rows, 28, size, stride)}</p> : null}
      {result.kind === 'failed' ? <Alert>{VS.failed(result.error)}</Alert> : null}
      <p className={layout.readout} aria-live="polite" data-part="occlusion" data-baseline={current ? r?.map.baseline : ''} data-low={current ? r?.low : ''} data-positions={current && r ? r.map.rows * r.map.cols : ''}>
        {current && r ? S.lowest(cls, VS.percent(r.map.baseline), VS.percent(r.low), where) : VS.working}
      </p>
      {r && image ? (
        <>
          <p className={layout.hint}>{S.targetNote(cls, r.known)}</p>
          <div className={vcss.figures}>
            <figure className={vcss.figure}>
              <MapImage width={28} height={28} base={image.pixels} box={r.box} label={S.imageLabel(what, where)} />
              <figcaption>{S.imageCaption}</figcaption>
            </figure>
            <figure className={vcss.figure}>
              <MapImage width={28} height={28} overlay={{ values: r.map.pixelMap, scale: 'sequential', max: 1, opacity: 1 }} label={S.mapLabel(cls, VS.percent(r.low), VS.percent(Math.max(...r.map.probabilities)))} testId="occlusion-map" />
              <figcaption>{S.mapCaption(cls)}</figcaption>
              <RampLegend scale="sequential" low={S.low} high={S.high} label={S.legendLabel} />
            </figure>
          </div>
        </>
      ) : null}
    </div>
  );
}

'use client';
import { useCallback, useId, useMemo } from 'react';
import { Alert, SelectField, Slider } from '@/components/ui';
import { formatSigned } from '@/lib/format/numberFormat';
import type { Lab } from '@/components/widgets/shared/compression/useTrainedModel';
import { namedMapLayers } from '@/components/widgets/shared/visualise/layerNames';
import { MapImage } from '@/components/widgets/shared/visualise/MapImage';
import { RampLegend } from '@/components/widgets/shared/visualise/RampLegend';
import { VS } from '@/components/widgets/shared/visualise/strings';
import { shownValue, useDebounced } from '@/components/widgets/shared/visualise/useDebounced';
import layout from '@/components/widgets/shared/layout.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import vcss from '@/components/widgets/shared/visualise/visualise.module.css';
import type { FilterGalleryState } from './state';
import { S } from './strings';
import css from './FilterGallery.module.css';

interface Props {
  lab: Lab;
  state: FilterGalleryState;
  set: (patch: Partial<FilterGalleryState>) => void;
}

export function GalleryBody({ lab, state, set }: Props) {
  const { compute, network, data } = lab;
  const ids = [useId(), useId()];
  const layers = useMemo(() => namedMapLayers(network.spec), [network]);
  const layer = layers.find((m) => m.index === state.layer) ?? layers[0];
  const channel = Math.min(state.channel, layer.shape[2] - 1);
  const filters = useMemo(() => compute.visualise.firstLayerFilters(network), [compute, network]);
  // The first layer's filter k is seen through the layer after it (its ReLU, when there is one).
  const firstMaps = layers.find((l) => l.index === filters.layer + 1 && l.shape[2] === filters.filters.length) ?? layers[0];

  const search = useCallback(() => {
    const top = compute.visualise.topActivatingImages(network, data.test, { layer: layer.index, channel, count: 9 });
    return top.map((t) => {
      const pixels = Float32Array.from(data.test.images.subarray(t.index * 784, (t.index + 1) * 784), (v) => v / 255);
      const d = compute.visualise.deconvnet(network, { pixels, height: 28, width: 28 }, { layer: layer.index, channel, y: t.y, x: t.x });
      return { ...t, pixels, projection: d.projection, maxAbs: d.maxAbs };
    });
  }, [compute, network, data.test, layer.index, channel]);
  const result = useDebounced(search, 200);
  const top = shownValue(result);
  const current = result.kind === 'ready';
  const classes = top ? [...new Set(top.map((t) => VS.className(t.label)))].join(', ') : '';
  const k = filters.kernel;
  return (
    <div className={layout.column}>
      <section className={ui.panel} aria-labelledby={ids[0]}>
        <h4 id={ids[0]} className={ui.heading}>{S.filtersHeading}</h4>
        <p className={layout.hint}>{S.filtersHint(k, filters.filters.length)}</p>
        <div className={css.filters}>
          {filters.filters.map((w, c) => (
            <button
              key={c} type="button" className={css.filter} aria-pressed={layer.index === firstMaps.index && channel === c}
              onClick={() => set({ layer: firstMaps.index, channel: c })} data-part="filter"
            >
              <MapImage width={k} height={k} overlay={{ values: w.subarray(0, k * k), scale: 'diverging', max: filters.maxAbs, opacity: 1 }} label={S.filterLabel(c, Array.from(w.subarray(0, k * k), (v) => formatSigned(v)).join(', '))} />
              <span>{S.filterButton(c)}</span>
            </button>
          ))}
        </div>
        <RampLegend scale="diverging" low={S.negative} middle="0" high={S.positive} label={S.legendLabel} />
      </section>
      <div className={layout.row}>
        <SelectField label={S.fields.layer} value={layer.index} options={layers.map((l) => l.index)} format={(i) => layers.find((l) => l.index === i)?.name ?? String(i)} onChange={(i) => set({ layer: i })} />
        <Slider label={S.fields.channel} min={0} max={layer.shape[2] - 1} step={1} value={channel} onChange={(c) => set({ channel: c })} format={S.channelValue} />
      </div>
      <section aria-labelledby={ids[1]} className={layout.column}>
        <h4 id={ids[1]} className={ui.heading}>{S.topHeading(layer.name, channel)}</h4>
        <p className={layout.hint}>{S.topHint}</p>
        {result.kind === 'failed' ? <Alert>{VS.failed(result.error)}</Alert> : null}
        <p className={layout.readout} aria-live="polite" data-part="top9" data-count={current ? top?.length : ''} data-best={current ? top?.[0]?.value : ''}>
          {current && top && top.length > 0 ? S.topReadout(layer.name, channel, classes, VS.value(top[0].value)) : S.searching}
        </p>
        {top ? (
          <div className={css.top}>
            {top.map((t, i) => {
              const rows = S.fieldRows(t.field.top, t.field.left, t.field.bottom, t.field.right);
              return (
                <figure key={t.index} className={vcss.figure} data-part="top-item">
                  <div className={css.pair}>
                    <MapImage width={28} height={28} base={t.pixels} box={t.field} label={S.itemLabel(i + 1, VS.className(t.label), t.index, VS.value(t.value), rows)} />
                    <MapImage width={28} height={28} overlay={{ values: t.projection, scale: 'diverging', max: t.maxAbs, opacity: 1 }} label={S.projLabel(i + 1)} />
                  </div>
                  <figcaption>{S.itemCaption(VS.className(t.label), VS.value(t.value))}</figcaption>
                </figure>
              );
            })}
          </div>
        ) : null}
      </section>
    </div>
  );
}

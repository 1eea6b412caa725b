'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { ImageThumb, imagePixels } from '@/components/widgets/shared/training';
import { SelectField } from '@/components/ui';
import { describeShape } from '@/lib/sandbox';
import type { FeatureShape } from '@/lib/compute/training/spec';
import type { Evaluation, FeatureMaps as Maps, Filters } from './useSandboxTraining';
import { S } from './strings';
import css from './Sandbox.module.css';
import styles from './Inspect.module.css';
import table from '@/components/ui/table.module.css';

/** Draws values as grey pixels, min → black and max → white, `scale` screen pixels per value. */
function FloatImage({ values, width, height, scale, label }: { values: Float32Array; width: number; height: number; scale: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    let lo = Infinity;
    let hi = -Infinity;
    values.forEach((v) => {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    });
    const range = hi - lo || 1;
    const img = ctx.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const g = Math.round((255 * (values[i] - lo)) / range);
      img.data.set([g, g, g, 255], 4 * i);
    }
    const tmp = document.createElement('canvas');
    tmp.width = width;
    tmp.height = height;
    tmp.getContext('2d')!.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.clearRect(0, 0, width * scale, height * scale);
    ctx.drawImage(tmp, 0, 0, width * scale, height * scale);
  }, [values, width, height, scale]);
  return <canvas ref={ref} className={styles.pixelated} width={width * scale} height={height * scale} role="img" aria-label={label} />;
}

const range = (v: Float32Array) => {
  let lo = Infinity;
  let hi = -Infinity;
  v.forEach((x) => {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  });
  return [lo, hi] as const;
};

export function FilterGrid({ filters }: { filters: Filters | null }) {
  if (!filters) return <p className={css.note}>{S.filtersNone}</p>;
  const { kernel: k, weights, layer } = filters;
  const scale = Math.max(4, Math.round(72 / k));
  return (
    <figure className={styles.figure}>
      <div className={styles.filterGrid} data-testid="filters">
        {weights.map((w, i) => {
          const [lo, hi] = range(w);
          return <FloatImage key={i} values={w} width={k} height={k} scale={scale} label={S.filterLabel(i, k, lo, hi)} />;
        })}
      </div>
      <figcaption className={styles.caption}>{S.filtersCaption(layer + 1, weights.length, k)}</figcaption>
    </figure>
  );
}

const MAX_CHANNELS = 32;

/** A strip of test images to pick from, a layer to choose, and that layer's channels for the image. */
export function FeatureMapView({ test, rows, maps, version }: { test: ImageSet; rows: { type: string; output: FeatureShape }[]; maps: (image: number, layer: number) => Maps | null; version: number }) {
  // One test image per class: the first of each in the file.
  const choices = useMemo(() => FASHION_CLASSES.map((_, c) => test.labels.indexOf(c)).filter((i) => i >= 0), [test]);
  const mapLayers = rows.map((r, j) => ({ r, j })).filter(({ r }) => r.output.length === 3);
  const [image, setImage] = useState(choices[0] ?? 0);
  const [layer, setLayer] = useState(mapLayers[0]?.j ?? -1);
  const chosenLayer = mapLayers.some((m) => m.j === layer) ? layer : (mapLayers[0]?.j ?? -1);
  const result = useMemo(() => (chosenLayer >= 0 ? maps(image, chosenLayer) : null), [maps, image, chosenLayer, version]); // eslint-disable-line react-hooks/exhaustive-deps
  if (mapLayers.length === 0) return <p className={css.note}>{S.noMaps}</p>;
  const best = result ? result.probabilities.indexOf(Math.max(...result.probabilities)) : -1;
  const [h, w, channels] = result?.shape ?? [0, 0, 0];
  const shown = Math.min(channels, MAX_CHANNELS);
  const scale = Math.max(2, Math.min(4, Math.floor(84 / Math.max(1, h))));
  return (
    <div className={styles.maps}>
      <div role="group" aria-label={S.pickImage} className={styles.strip}>
        {choices.map((idx, i) => (
          <button key={idx} type="button" className={styles.thumbButton} aria-pressed={idx === image} aria-label={S.pickImageButton(i, FASHION_CLASSES[test.labels[idx]])} onClick={() => setImage(idx)}>
            <ImageThumb pixels={imagePixels(test.images, idx)} label={FASHION_CLASSES[test.labels[idx]]} scale={2} />
          </button>
        ))}
      </div>
      <SelectField
        className={styles.layerPick}
        label={S.mapLayer}
        value={chosenLayer}
        options={mapLayers.map(({ j }) => j)}
        format={(j) => {
          const r = mapLayers.find((m) => m.j === j)!.r;
          return S.mapLayerOption(j, S.shortNames[r.type], describeShape(r.output));
        }}
        onChange={setLayer}
      />
      {result && (
        <>
          <p className={styles.prediction} data-testid="prediction">
            {S.prediction(FASHION_CLASSES[best], result.probabilities[best])}
          </p>
          <figure className={styles.figure}>
            <div className={styles.mapGrid} data-testid="feature-maps">
              {Array.from({ length: shown }, (_, c) => {
                const values = Float32Array.from({ length: h * w }, (_, p) => result.data[p * channels + c]);
                const [lo, hi] = range(values);
                return <FloatImage key={`${chosenLayer}-${c}`} values={values} width={w} height={h} scale={scale} label={S.mapLabel(c, lo, hi)} />;
              })}
            </div>
            <figcaption className={styles.caption}>{S.mapsCaption(shown, channels)}</figcaption>
          </figure>
        </>
      )}
    </div>
  );
}

/** 10×10 counts as a real table: colour for the eye, numbers for everyone. */
export function ConfusionMatrix({ test, evaluation }: { test: ImageSet; evaluation: Evaluation }) {
  const counts = useMemo(() => {
    const m = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
    evaluation.predictions.forEach((p, i) => m[test.labels[i]][p]++);
    return m;
  }, [test, evaluation]);
  const max = Math.max(1, ...counts.flat());
  return (
    <div className={table.scroll} tabIndex={0} role="region" aria-label={S.confusionHeading}>
      <table className={styles.confusion} data-testid="confusion">
        <caption className={styles.caption}>{S.confusionCaption(evaluation.accuracy, test.count)}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              {S.trueClass} ↓ / {S.predictedClass} →
            </th>
            {FASHION_CLASSES.map((c) => (
              <th key={c} scope="col" className={styles.colHead}>
                <span>{c}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counts.map((row, t) => (
            <tr key={t}>
              <th scope="row">{FASHION_CLASSES[t]}</th>
              {row.map((v, p) => (
                <td key={p} className={t === p ? styles.diagonal : undefined} style={{ background: `color-mix(in srgb, var(--accent) ${Math.round((45 * v) / max)}%, var(--surface))` }}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const MAX_MISTAKES = 24;

export function Mistakes({ test, evaluation }: { test: ImageSet; evaluation: Evaluation }) {
  const wrong: number[] = [];
  evaluation.predictions.forEach((p, i) => {
    if (p !== test.labels[i]) wrong.push(i);
  });
  if (wrong.length === 0) return <p>{S.noMistakes}</p>;
  const shown = wrong.slice(0, MAX_MISTAKES);
  return (
    <figure className={styles.figure}>
      <ul className={styles.mistakes} data-testid="mistakes">
        {shown.map((i) => {
          const truth = FASHION_CLASSES[test.labels[i]];
          const predicted = FASHION_CLASSES[evaluation.predictions[i]];
          return (
            <li key={i}>
              <ImageThumb pixels={imagePixels(test.images, i)} label={S.mistake(truth, predicted)} scale={2} />
              <span className={styles.mistakeText}>
                <span>{truth}</span>
                <span className={styles.predicted}>→ {predicted}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption className={styles.caption}>{S.mistakesCaption(shown.length, wrong.length)}</figcaption>
    </figure>
  );
}

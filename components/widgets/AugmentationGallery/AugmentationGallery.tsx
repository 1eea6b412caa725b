'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import type { ImageDraw } from '@/lib/compute/training/augment';
import { AUGMENT_LIMITS, COPIES, schema, type GalleryState } from './state';
import { ImageThumb } from '@/components/widgets/shared/training';
import { ISSUES, S } from './strings';
import styles from './AugmentationGallery.module.css';
import ui from '../shared/widgetUi.module.css';

export interface AugmentationGalleryProps {
  id: string;
  title?: string;
  /** Class shown first (0–9, default 9 = ankle boot). */
  cls?: number;
  flipV?: boolean;
}

type Slider = 'rotation' | 'shift' | 'brightness' | 'contrast' | 'noise';
const STEPS: Record<Slider, number> = { rotation: 1, shift: 1, brightness: 0.05, contrast: 0.05, noise: 0.01 };

interface Shown {
  original: Uint8Array;
  copies: { pixels: Uint8Array; draw: ImageDraw }[];
}

export function AugmentationGallery({ id, title = S.title, ...props }: AugmentationGalleryProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error: computeError } = useCompute(ref);
  const { status, load } = useFashionMnist(compute !== null);
  const [shown, setShown] = useState<Shown | null>(null);
  const className = FASHION_CLASSES[state.cls] ?? '?';

  const indexOf = useMemo(() => {
    if (status.kind !== 'ready' || !compute) return null;
    const test = status.data.test;
    return (c: number, k: number) => compute.balancedSubset(test, 100, [c])[k];
  }, [status, compute]);

  useEffect(() => {
    if (!compute || status.kind !== 'ready' || !indexOf) return;
    const idx = indexOf(state.cls, state.example);
    const x = compute.imageBatch(status.data.test, Array<number>(COPIES).fill(idx));
    const y = compute.augmentBatch(x, state, state.seed);
    const values = y.dataSync() as Float32Array;
    const bytes = (v: ArrayLike<number>) => Uint8Array.from(v, (p) => Math.round(Math.min(1, Math.max(0, p)) * 255));
    const original = bytes((x.dataSync() as Float32Array).subarray(0, 784));
    x.dispose();
    y.dispose();
    const draws = compute.batchDraws(state, COPIES, state.seed);
    setShown({ original, copies: draws.map((draw, k) => ({ draw, pixels: bytes(values.subarray(k * 784, (k + 1) * 784)) })) });
  }, [compute, status, indexOf, state]);

  const slider = (key: Slider) => (
    <label key={key} className={`${ui.field} ${styles.sliderRow}`}>
      <span className={ui.fieldLabel}>{S[key]}</span>
      <span className={styles.value}>{state[key]}</span>
      <input type="range" min={AUGMENT_LIMITS[key][0]} max={AUGMENT_LIMITS[key][1]} step={STEPS[key]} value={state[key]} onChange={(e) => set({ [key]: Number(e.target.value) } as Partial<GalleryState>)} />
    </label>
  );

  return (
    <WidgetFrame name="AugmentationGallery" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={ref} className={ui.focusScope}>
        <div className={`${ui.panel} ${ui.fieldGrid} ${styles.controls}`}>
          <label className={ui.field}>
            <span className={ui.fieldLabel}>{S.classLabel}</span>
            <select className={ui.control} value={state.cls} onChange={(e) => set({ cls: Number(e.target.value) })}>
              {FASHION_CLASSES.map((c, i) => (
                <option key={c} value={i}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label className={ui.field}>
            <span className={ui.fieldLabel}>{S.exampleLabel}</span>
            <input className={ui.control} type="number" min={0} max={99} value={state.example} onChange={(e) => set({ example: Math.max(0, Math.min(99, Math.round(Number(e.target.value) || 0))) })} />
          </label>
          <div className={ui.field}>
            <span className={ui.fieldLabel}>
              {S.seedLabel}: <span className={styles.value}>{state.seed}</span>
            </span>
            <button type="button" onClick={() => set({ seed: (state.seed % 999983) + 1 })}>
              {S.newSeed}
            </button>
          </div>
          <label className={ui.check}>
            <input type="checkbox" checked={state.flipH} onChange={(e) => set({ flipH: e.target.checked })} />
            {S.flipH}
          </label>
          <label className={ui.check}>
            <input type="checkbox" checked={state.flipV} onChange={(e) => set({ flipV: e.target.checked })} />
            {S.flipV}
          </label>
          {(['rotation', 'shift', 'brightness', 'contrast', 'noise'] as const).map(slider)}
        </div>
        {computeError && (
          <p role="alert" className={ui.alert}>
            {computeError}
          </p>
        )}
        {!compute && !computeError && <p className={ui.loading}>{S.loadingCompute}</p>}
        <DataStatus status={status} onRetry={load} />
        {status.kind === 'idle' && compute && (
          <button type="button" onClick={load}>
            {S.loadButton}
          </button>
        )}
        {shown && (
          <figure className={ui.chartFigure} aria-label={S.figureLabel(className, COPIES)}>
            <ul className={styles.grid}>
              <li className={`${styles.cell} ${styles.thumbWrap}`}>
                <span className={styles.original}>
                  <ImageThumb pixels={shown.original} label={`${S.original}, ${className}`} />
                </span>
                {S.original}
              </li>
              {shown.copies.map((c, k) => (
                <li key={k} className={`${styles.cell} ${styles.thumbWrap}`} title={S.describe(c.draw)}>
                  <ImageThumb pixels={c.pixels} label={`${className}, ${S.draw(k + 1)}: ${S.describe(c.draw)}`} />
                  {S.draw(k + 1)}
                </li>
              ))}
            </ul>
          </figure>
        )}
        {state.flipV && <p className={`${ui.alert} ${styles.note}`}>{S.vflipWarning(className)}</p>}
        {state.flipH && !state.flipV && <p className={styles.note}>{S.hflipNote}</p>}
      </div>
    </WidgetFrame>
  );
}

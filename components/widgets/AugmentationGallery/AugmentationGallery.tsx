'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { Alert, Button, Checkbox, Figure, NumberField, SelectField, Slider } from '@/components/ui';
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

type SliderKey = 'rotation' | 'shift' | 'brightness' | 'contrast' | 'noise';
const STEPS: Record<SliderKey, number> = { rotation: 1, shift: 1, brightness: 0.05, contrast: 0.05, noise: 0.01 };

/** The ten Fashion-MNIST classes, by index. */
const CLASSES = FASHION_CLASSES.map((_, i) => i);

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

  const slider = (key: SliderKey) => (
    <Slider key={key} label={S[key]} value={state[key]} min={AUGMENT_LIMITS[key][0]} max={AUGMENT_LIMITS[key][1]} step={STEPS[key]} onChange={(v) => set({ [key]: v } as Partial<GalleryState>)} />
  );

  return (
    <WidgetFrame name="AugmentationGallery" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={ref} className={ui.focusScope}>
        <div className={`${ui.panel} ${ui.fieldGrid} ${styles.controls}`}>
          <SelectField label={S.classLabel} value={state.cls} options={CLASSES} format={(i) => FASHION_CLASSES[i]} onChange={(cls) => set({ cls })} />
          <NumberField label={S.exampleLabel} value={state.example} min={0} max={99} onChange={(v) => set({ example: Math.max(0, Math.min(99, Math.round(v || 0))) })} />
          <div className={ui.field}>
            <span className={ui.fieldLabel}>
              {S.seedLabel}: <span className={styles.value}>{state.seed}</span>
            </span>
            <Button onClick={() => set({ seed: (state.seed % 999983) + 1 })}>{S.newSeed}</Button>
          </div>
          <Checkbox label={S.flipH} checked={state.flipH} onChange={(flipH) => set({ flipH })} />
          <Checkbox label={S.flipV} checked={state.flipV} onChange={(flipV) => set({ flipV })} />
          {(['rotation', 'shift', 'brightness', 'contrast', 'noise'] as const).map(slider)}
        </div>
        {computeError && <Alert>{computeError}</Alert>}
        {!compute && !computeError && <p className={ui.loading}>{S.loadingCompute}</p>}
        <DataStatus status={status} onRetry={load} />
        {status.kind === 'idle' && compute && (
          <Button variant="primary" onClick={load}>
            {S.loadButton}
          </Button>
        )}
        {shown && (
          <Figure aria-label={S.figureLabel(className, COPIES)}>
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
          </Figure>
        )}
        {state.flipV && <Alert kind="warning" className={styles.note}>{S.vflipWarning(className)}</Alert>}
        {state.flipH && !state.flipV && <p className={styles.note}>{S.hflipNote}</p>}
      </div>
    </WidgetFrame>
  );
}

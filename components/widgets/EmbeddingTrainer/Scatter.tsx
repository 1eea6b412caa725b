'use client';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { Legend } from '@/components/ui';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { CLASS_COLOURS, CLASS_SHAPES, drawMarker } from '@/components/widgets/shared/training';
import { displayPoints, fitFrame, hitTest, moveSelection, toScreen, type Frame } from './model';
import { S } from './strings';
import { DISPLAY_PER_CLASS } from './state';
import { Thumb } from './Thumb';
import styles from './EmbeddingTrainer.module.css';

export interface ScatterHandle {
  /** Redraws from the current points (called by the training run, outside React). */
  draw(): void;
}

interface Props {
  handle: Ref<ScatterHandle>;
  /** The latest embedding of the display set, read at each draw. */
  points: { current: Float32Array | null };
  labels: number[];
  /** Index into the test set of each display point. */
  indices: number[];
  test: ImageSet;
  metric: 'euclidean' | 'cosine';
  selected: number;
  onSelect: (i: number) => void;
  label: string;
}

/** The embedding scatter on a canvas: points by class, a thumbnail on hover and for the keyboard selection. */
export function Scatter({ handle, points, labels, indices, test, metric, selected, onSelect, label }: Props) {
  const [wrap, width] = useElementWidth<HTMLDivElement>(480);
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<Frame | null>(null);
  const draws = useRef(0);
  const [hover, setHover] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const size = Math.max(200, Math.min(width, 440));
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  const draw = useCallback(() => {
    const c = canvas.current;
    const raw = points.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(size * dpr)) {
      c.width = Math.round(size * dpr);
      c.height = Math.round(size * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const style = getComputedStyle(c);
    ctx.fillStyle = style.getPropertyValue('--surface') || '#fff';
    ctx.fillRect(0, 0, size, size);
    if (!raw) return;
    const p = displayPoints(raw, metric);
    const f = fitFrame(p, size, size);
    frame.current = f;
    ctx.strokeStyle = style.getPropertyValue('--border') || '#ccc';
    ctx.lineWidth = 1;
    const [ox, oy] = toScreen(f, 0, 0);
    ctx.beginPath();
    ctx.moveTo(0, oy);
    ctx.lineTo(size, oy);
    ctx.moveTo(ox, 0);
    ctx.lineTo(ox, size);
    ctx.stroke();
    const outline = style.getPropertyValue('--fg') || '#000';
    for (let i = 0; i < labels.length; i++) {
      const [x, y] = toScreen(f, p[2 * i], p[2 * i + 1]);
      ctx.fillStyle = CLASS_COLOURS[labels[i]];
      drawMarker(ctx, CLASS_SHAPES[labels[i]], x, y, 4);
      ctx.lineWidth = 0.6;
      ctx.strokeStyle = outline;
      ctx.globalAlpha = 0.45;
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    const s = selectedRef.current;
    if (s >= 0 && s < labels.length) {
      const [x, y] = toScreen(f, p[2 * s], p[2 * s + 1]);
      ctx.beginPath();
      ctx.arc(x, y, 8, 0, Math.PI * 2);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = style.getPropertyValue('--accent') || '#06c';
      ctx.stroke();
    }
    draws.current++;
    c.dataset.draws = String(draws.current);
  }, [labels, metric, points, size]);

  useImperativeHandle(handle, () => ({ draw }), [draw]);
  useEffect(draw, [draw, selected]);

  const where = (i: number | null) => {
    const f = frame.current;
    const raw = points.current;
    if (i === null || i < 0 || !f || !raw) return null;
    const p = displayPoints(raw, metric);
    const [x, y] = toScreen(f, p[2 * i], p[2 * i + 1]);
    return { left: Math.min(size - 74, Math.max(0, x + 10)), top: Math.min(size - 90, Math.max(0, y + 10)) };
  };
  const shown = hover ?? (focused ? selected : null);
  const pos = where(shown);

  return (
    <div ref={wrap} className={styles.scatterWrap}>
      <div className={styles.scatterBox} style={{ width: size, height: size }}>
        <canvas
          ref={canvas}
          className={styles.scatter}
          style={{ width: size, height: size }}
          tabIndex={0}
          role="img"
          aria-label={label}
          data-part="scatter"
          data-draws="0"
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={(e) => {
            const next = moveSelection(selected, e.key, labels.length, DISPLAY_PER_CLASS);
            if (next === null) return;
            e.preventDefault();
            onSelect(next);
          }}
          onPointerMove={(e) => {
            const f = frame.current;
            const raw = points.current;
            if (!f || !raw) return;
            const r = e.currentTarget.getBoundingClientRect();
            const i = hitTest(displayPoints(raw, metric), f, e.clientX - r.left, e.clientY - r.top);
            setHover(i >= 0 ? i : null);
          }}
          onPointerLeave={() => setHover(null)}
          onClick={() => hover !== null && onSelect(hover)}
        />
        {shown !== null && pos && points.current ? (
          <div className={styles.tooltip} style={pos} aria-hidden="true" data-part="tooltip">
            <Thumb set={test} index={indices[shown]} size={56} label={FASHION_CLASSES[labels[shown]]} />
            <span>{FASHION_CLASSES[labels[shown]]}</span>
          </div>
        ) : null}
      </div>
      <Legend title={S.scatter.legend} className={styles.legend} items={FASHION_CLASSES.map((name, c) => ({ label: name, color: CLASS_COLOURS[c], mark: CLASS_SHAPES[c] }))} />
    </div>
  );
}

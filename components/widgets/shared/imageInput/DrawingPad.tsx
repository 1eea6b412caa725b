'use client';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Button, Segmented } from '@/components/ui';
import { drawingToFashion } from '@/lib/preprocessing/photoToFashion';
import { GreyCanvas } from './ImageCanvas';
import { useEmit } from './useEmit';
import { S } from './strings';
import type { OnImage } from './types';
import css from './imageInput.module.css';

/** The pad's canvas side in pixels: ten canvas pixels to one of the network's 28. */
export const PAD_SIDE = 280;
const BRUSHES = { thin: 14, medium: 22, thick: 32 } as const;
type Brush = keyof typeof BRUSHES;

interface Stroke {
  width: number;
  /** x0, y0, x1, y1, … in canvas pixels. */
  points: number[];
}

/** Paints a stroke (or its part from point `from` on) in white on the pad. */
function paint(ctx: CanvasRenderingContext2D, stroke: Stroke, from = 0) {
  const p = stroke.points;
  ctx.strokeStyle = ctx.fillStyle = '#ffffff';
  ctx.lineWidth = stroke.width;
  ctx.lineCap = ctx.lineJoin = 'round';
  if (p.length === 2) {
    ctx.beginPath();
    ctx.arc(p[0], p[1], stroke.width / 2, 0, 2 * Math.PI);
    ctx.fill();
    return;
  }
  const start = Math.max(0, from - 1) * 2;
  ctx.beginPath();
  ctx.moveTo(p[start], p[start + 1]);
  for (let i = start + 2; i < p.length; i += 2) ctx.lineTo(p[i], p[i + 1]);
  ctx.stroke();
}

export interface DrawingPadProps {
  onImage: OnImage;
  active?: boolean;
  /** Show the 28 × 28 image the network gets next to the pad. */
  preview?: boolean;
}

/**
 * A 280 × 280 pad for mouse, pen and touch: light strokes on black, undo and clear (buttons, or
 * Ctrl+Z and Delete on the focused pad). While a stroke is drawn the 28 × 28 image is handed over
 * once an animation frame, and again when the stroke ends.
 */
export function DrawingPad({ onImage, active = true, preview = true }: DrawingPadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const current = useRef<Stroke | null>(null);
  const frame = useRef<number | null>(null);
  const [count, setCount] = useState(0);
  const [brush, setBrush] = useState<Brush>('medium');
  const [seen, setSeen] = useState<Float32Array>(() => new Float32Array(784));
  const emit = useEmit(onImage, active);
  const hintId = useId();

  const context = () => canvas.current?.getContext('2d', { willReadFrequently: true }) ?? null;
  const redraw = useCallback(() => {
    const ctx = canvas.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.fillStyle = '#000000';
    ctx.fillRect(0, 0, PAD_SIDE, PAD_SIDE);
    for (const s of strokes.current) paint(ctx, s);
  }, []);
  useEffect(redraw, [redraw]);
  useEffect(() => () => void (frame.current !== null && cancelAnimationFrame(frame.current)), []);

  const publish = () => {
    frame.current = null;
    const ctx = context();
    if (!ctx) return;
    const { final } = drawingToFashion({ width: PAD_SIDE, height: PAD_SIDE, data: ctx.getImageData(0, 0, PAD_SIDE, PAD_SIDE).data });
    setSeen(final);
    emit({ pixels: final, source: 'drawing' });
  };
  const publishSoon = () => {
    frame.current ??= requestAnimationFrame(publish);
  };
  const publishNow = () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    publish();
  };

  const at = (e: { clientX: number; clientY: number }, el: HTMLCanvasElement): [number, number] => {
    const r = el.getBoundingClientRect();
    return [((e.clientX - r.left) * PAD_SIDE) / Math.max(1, r.width), ((e.clientY - r.top) * PAD_SIDE) / Math.max(1, r.height)];
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.focus();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const stroke = { width: BRUSHES[brush], points: at(e, e.currentTarget) };
    current.current = stroke;
    strokes.current.push(stroke);
    const ctx = context();
    if (ctx) paint(ctx, stroke);
    publishSoon();
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const stroke = current.current;
    if (!stroke) return;
    const from = stroke.points.length / 2;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const ev of events.length ? events : [e]) stroke.points.push(...at(ev, e.currentTarget));
    const ctx = context();
    if (ctx) paint(ctx, stroke, from);
    publishSoon();
  };
  const up = () => {
    if (!current.current) return;
    current.current = null;
    setCount(strokes.current.length);
    publishNow();
  };
  const undo = () => {
    if (strokes.current.length === 0) return;
    strokes.current.pop();
    redraw();
    setCount(strokes.current.length);
    publishNow();
  };
  const clear = () => {
    strokes.current = [];
    redraw();
    setCount(0);
    publishNow();
  };
  const key = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      undo();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      clear();
    }
  };

  return (
    <div className={css.source} data-testid="drawing-pad" data-strokes={count}>
      <div className={css.padRow}>
        <canvas
          ref={canvas}
          width={PAD_SIDE}
          height={PAD_SIDE}
          className={css.pad}
          tabIndex={0}
          role="img"
          aria-label={S.pad.label(count)}
          aria-describedby={hintId}
          data-testid="drawing-pad-canvas"
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
          onKeyDown={key}
        />
        {preview ? (
          <figure className={css.figure}>
            <GreyCanvas pixels={seen} label={count === 0 ? S.pad.empty : S.stages.finalAlt} className={css.after} testId="drawing-pad-preview" />
            <figcaption>{S.pad.previewCaption}</figcaption>
          </figure>
        ) : null}
      </div>
      <div className={css.controls}>
        <Button onClick={undo} disabled={count === 0} data-testid="drawing-pad-undo">
          {S.pad.undo}
        </Button>
        <Button onClick={clear} disabled={count === 0} data-testid="drawing-pad-clear">
          {S.pad.clear}
        </Button>
        <Segmented legend={S.pad.brushLegend} options={Object.keys(BRUSHES) as Brush[]} value={brush} onChange={setBrush} label={(b) => S.pad.brushes[b]} variant="segments" />
      </div>
      <p id={hintId} className={css.hint}>
        {S.pad.hint}
      </p>
    </div>
  );
}

'use client';
import { memo, useEffect, useRef, type PointerEvent } from 'react';
import type { CellBox } from '@/lib/compute/overview/types';
import { paint, type LayerScale } from './colour';
import { boxPercent } from './layout';
import css from './NetworkOverview.module.css';

export interface Marks {
  /** The unit the cursor is on (pointer or keys), as a cell. */
  cursor?: CellBox | null;
  selected?: CellBox | null;
  /** Cells that feed the cursor's unit, or its receptive field on the input. */
  feeding?: CellBox | null;
  field?: CellBox | null;
}

interface Props {
  /** The grid's values, painted row-major; `at(p)` reads pixel p (a channel of HWC values, or a strip's units). */
  rows: number;
  cols: number;
  at: (p: number) => number;
  /** Changes when the values change (the layer's values array), so the canvas repaints only then. */
  version: unknown;
  scale: LayerScale;
  /** Drawn width and height in CSS pixels. */
  width: number;
  height: number;
  marks: Marks;
  /** The cell under the pointer (null when it leaves), and a click (tap) on a cell. */
  onPoint: (cell: { y: number; x: number } | null) => void;
  onPick: (cell: { y: number; x: number }) => void;
  /** Decorative: the column names the layer and its values in words. */
  title?: string;
}

const Box = ({ box, rows, cols, className }: { box: CellBox | null | undefined; rows: number; cols: number; className: string }) => {
  const at = box ? boxPercent(box, rows, cols) : null;
  return at ? <span className={className} style={{ top: `${at.top}%`, left: `${at.left}%`, width: `${at.width}%`, height: `${at.height}%` }} /> : null;
};

/** One map (or a flat layer's strip) on a canvas, one canvas pixel per unit scaled up crisply, with outlines on top. */
export const MapCanvas = memo(function MapCanvas({ rows, cols, at, version, scale, width, height, marks, onPoint, onPick, title }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(cols, rows);
    paint(scale, rows * cols, at, img.data);
    ctx.putImageData(img, 0, 0);
    // `at` is rebuilt each render; the values behind it change only with `version`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, scale, rows, cols]);
  const cellOf = (e: PointerEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = Math.floor(((e.clientX - r.left) / r.width) * cols);
    const y = Math.floor(((e.clientY - r.top) / r.height) * rows);
    return x >= 0 && x < cols && y >= 0 && y < rows ? { y, x } : null;
  };
  return (
    <span
      className={css.map}
      style={{ width, height }}
      title={title}
      onPointerMove={(e) => onPoint(cellOf(e))}
      onPointerLeave={() => onPoint(null)}
      onClick={(e) => {
        const c = cellOf(e as unknown as PointerEvent<HTMLElement>);
        if (c) onPick(c);
      }}
    >
      <canvas ref={ref} width={cols} height={rows} aria-hidden="true" />
      <Box box={marks.field} rows={rows} cols={cols} className={css.fieldBox} />
      <Box box={marks.feeding} rows={rows} cols={cols} className={css.feedBox} />
      <Box box={marks.selected} rows={rows} cols={cols} className={css.selectedBox} />
      <Box box={marks.cursor} rows={rows} cols={cols} className={css.cursorBox} />
    </span>
  );
});

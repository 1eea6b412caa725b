import { useMemo } from 'react';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { cellTexts, gridLook, outlineScale } from './cellText';
import { channelPaint, grayPaint, rgbPaint } from './colors';
import { CellGrid, type GridCell } from './CellGrid';
import { fmt } from './format';
import type { Geometry } from './geometry';
import { valueRange, type InputImage } from './presets';
import { strings } from './strings';
import styles from './stepper.module.css';

/** Grids wider or taller than this (padded) show values on hover and in the detail panel only. */
export const TEXT_LIMIT = 14;
const CELL = 36;

interface Props {
  image: InputImage;
  padding: number;
  /** Null when the settings are impossible: the input is drawn without a window. */
  geometry: Geometry | null;
  step: number;
  /** Draw one channel of a multi-channel image (tinted) instead of the colour composite. */
  channel?: number;
  label: string;
  /** Upper bound on the drawn width of a cell, in rem (grows with the page's type on big screens). */
  maxCell?: number;
}

/** Whether the cells carry their numbers (small grids, one channel at a time). */
function showsText(image: InputImage, padding: number, channel: number | undefined): boolean {
  const pw = image.width + 2 * padding;
  const ph = image.height + 2 * padding;
  return pw <= TEXT_LIMIT && ph <= TEXT_LIMIT && (image.channels === 1 || channel !== undefined);
}

/** `texts`: what each pixel's cell says (see cellTexts), or null for no numbers; the hover text always has two decimals. */
function imageCells(image: InputImage, padding: number, channel: number | undefined, texts: readonly string[] | null): GridCell[] {
  const { channels: C, height: H, width: W, data } = image;
  const [lo, hi] = valueRange(image);
  const pw = W + 2 * padding;
  const ph = H + 2 * padding;
  const showText = texts !== null;
  const cells: GridCell[] = [];
  for (let pr = 0; pr < ph; pr++)
    for (let pc = 0; pc < pw; pc++) {
      const r = pr - padding;
      const c = pc - padding;
      if (r < 0 || c < 0 || r >= H || c >= W) {
        cells.push({ padding: true, text: showText ? '0' : undefined, title: strings.paddingCell });
        continue;
      }
      const at = (ch: number) => data[ch * H * W + r * W + c];
      if (C === 3 && channel === undefined) {
        const vals = [at(0), at(1), at(2)];
        cells.push({ paint: rgbPaint(vals[0], vals[1], vals[2]), title: strings.inputCell(r, c, strings.rgbValue(vals)) });
      } else {
        const ch = channel ?? 0;
        const v = at(ch);
        const paint = C === 3 ? channelPaint(ch, v) : grayPaint(v, lo, hi);
        cells.push({ paint, text: texts?.[r * W + c], title: strings.inputCell(r, c, fmt(v)) });
      }
    }
  return cells;
}

/** The padded input as an SVG, with the current window outlined (dilated windows: sampled cells only). */
export function PaddedInput({ image, padding, geometry, step, channel, label, maxCell = 2.25 }: Props) {
  const pw = image.width + 2 * padding;
  const ph = image.height + 2 * padding;
  const cellRem = pw > TEXT_LIMIT ? Math.min(maxCell, 1.4) : maxCell;
  const m = 3;
  // The drawn width decides how many decimals fit in a cell (fewer on a phone than on a laptop).
  const [ref, width] = useElementWidth<HTMLDivElement>(pw * cellRem * 16);
  const cellPx = width / (pw + (2 * m) / CELL);
  const showText = showsText(image, padding, channel);
  const texts = useMemo(() => {
    if (!showText) return null;
    const plane = image.height * image.width;
    return cellTexts(Array.from({ length: plane }, (_, k) => image.data[(channel ?? 0) * plane + k]), cellPx, CELL);
  }, [image, channel, showText, cellPx]);
  const cells = useMemo(() => imageCells(image, padding, channel, texts), [image, padding, channel, texts]);
  const look = gridLook(showText, cellPx);
  const viewBox = `${-m} ${-m} ${pw * CELL + 2 * m} ${ph * CELL + 2 * m}`;
  // The window moves in its own SVG over the cells, so a step (and each frame of its transition)
  // redraws a few rectangles, not the thousands of cells of a photo.
  return (
    <div ref={ref} className={styles.layers} style={{ maxWidth: `${pw * cellRem + 0.4}rem` }}>
      <svg className={look ? `${styles.svg} ${styles[look]}` : styles.svg} viewBox={viewBox} role="img" aria-label={label}>
        <CellGrid rows={ph} cols={pw} size={CELL} cells={cells} />
      </svg>
      {geometry ? (
        <svg className={styles.overlay} viewBox={viewBox} aria-hidden="true">
          <WindowOutline g={geometry} step={step} thicken={outlineScale(5, cellPx, CELL)} />
        </svg>
      ) : null}
    </div>
  );
}

/** `thicken` widens the strokes on a grid drawn small (a photo on a phone), so the window stays visible. */
function WindowOutline({ g, step, thicken }: { g: Geometry; step: number; thicken: number }) {
  const stroke = (units: number) => (thicken > 1 ? { strokeWidth: units * thicken } : undefined);
  const r = Math.floor(step / g.outW);
  const c = step % g.outW;
  const d = g.dilation;
  const cellsOf = Array.from({ length: g.kh * g.kw }, (_, k) => [Math.floor(k / g.kw), k % g.kw] as const);
  return (
    <g className={styles.window} style={{ transform: `translate(${c * g.stride * CELL}px, ${r * g.stride * CELL}px)` }}>
      {cellsOf.map(([i, j]) => (
        <rect key={`${i}-${j}`} x={j * d * CELL} y={i * d * CELL} width={CELL} height={CELL} className={d > 1 ? styles.windowCellStrong : styles.windowCell} style={stroke(d > 1 ? 5 : 1.5)} />
      ))}
      {d === 1 ? <rect x={0} y={0} width={g.kw * CELL} height={g.kh * CELL} className={styles.windowFrame} style={stroke(5)} /> : null}
    </g>
  );
}

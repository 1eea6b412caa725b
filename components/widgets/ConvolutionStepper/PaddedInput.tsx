import { useMemo } from 'react';
import { channelPaint, grayPaint, rgbPaint } from './colors';
import { CellGrid, type GridCell } from './CellGrid';
import { fmt } from './format';
import type { Geometry } from './geometry';
import { valueRange, type InputImage } from './presets';
import { strings } from './strings';
import styles from './ConvolutionStepper.module.css';

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

function imageCells(image: InputImage, padding: number, channel: number | undefined): GridCell[] {
  const { channels: C, height: H, width: W, data } = image;
  const [lo, hi] = valueRange(image);
  const pw = W + 2 * padding;
  const ph = H + 2 * padding;
  const showText = pw <= TEXT_LIMIT && ph <= TEXT_LIMIT && (C === 1 || channel !== undefined);
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
        cells.push({ paint, text: showText ? fmt(v) : undefined, title: strings.inputCell(r, c, fmt(v)) });
      }
    }
  return cells;
}

/** The padded input as an SVG, with the current window outlined (dilated windows: sampled cells only). */
export function PaddedInput({ image, padding, geometry, step, channel, label, maxCell = 2.25 }: Props) {
  const cells = useMemo(() => imageCells(image, padding, channel), [image, padding, channel]);
  const pw = image.width + 2 * padding;
  const ph = image.height + 2 * padding;
  const cellRem = pw > TEXT_LIMIT ? Math.min(maxCell, 1.4) : maxCell;
  const m = 3;
  return (
    <svg
      className={styles.svg}
      viewBox={`${-m} ${-m} ${pw * CELL + 2 * m} ${ph * CELL + 2 * m}`}
      style={{ maxWidth: `${pw * cellRem + 0.4}rem` }}
      role="img"
      aria-label={label}
    >
      <CellGrid rows={ph} cols={pw} size={CELL} cells={cells} />
      {geometry ? <WindowOutline g={geometry} step={step} /> : null}
    </svg>
  );
}

function WindowOutline({ g, step }: { g: Geometry; step: number }) {
  const r = Math.floor(step / g.outW);
  const c = step % g.outW;
  const d = g.dilation;
  const cellsOf = Array.from({ length: g.kh * g.kw }, (_, k) => [Math.floor(k / g.kw), k % g.kw] as const);
  return (
    <g className={styles.window} style={{ transform: `translate(${c * g.stride * CELL}px, ${r * g.stride * CELL}px)` }}>
      {cellsOf.map(([i, j]) => (
        <rect key={`${i}-${j}`} x={j * d * CELL} y={i * d * CELL} width={CELL} height={CELL} className={d > 1 ? styles.windowCellStrong : styles.windowCell} />
      ))}
      {d === 1 ? <rect x={0} y={0} width={g.kw * CELL} height={g.kh * CELL} className={styles.windowFrame} /> : null}
    </g>
  );
}

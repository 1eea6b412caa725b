'use client';
import { diverging, ramp } from '@/components/widgets/shared/attention/colour';
import type { SVGProps } from 'react';
import { ChartFrame } from '@/components/ui';
import { channelLabelShown } from './model';
import { S } from './strings';
import type { HeatMode } from './state';
import styles from './SqueezeExcite.module.css';

interface Props {
  /** Mean excitation [class][channel]. */
  mean: number[][];
  mode: HeatMode;
  selected: number;
}

const LEFT = 86;
const TOP = 18;
/** Cells narrower than this have every fourth channel number written; rows stay at least ROW_MIN tall for their 12 px names. */
const LABEL_CELL = 16;
const ROW_MIN = 15;

/** Mean SE weight per class and channel; in 'difference' mode each column has its average over classes removed. Drawn at the measured width, so its text stays at 12 px. */
export function ClassHeatmap({ mean, mode, selected }: Props) {
  const c = mean[0].length;
  const avg = Array.from({ length: c }, (_, k) => mean.reduce((s, row) => s + row[k], 0) / mean.length);
  const diff = mean.map((row) => row.map((v, k) => v - avg[k]));
  const spread = Math.max(1e-9, ...diff.flat().map(Math.abs));
  const cellOf = (width: number) => Math.min(28, (width - LEFT - 4) / c);
  const rowOf = (width: number) => Math.max(ROW_MIN, cellOf(width));
  return (
    <ChartFrame
      alt={S.heatLabel}
      height={(width) => TOP + mean.length * rowOf(width)}
      fallbackWidth={LEFT + c * 22 + 4}
      svgProps={{ 'data-part': 'heatmap' } as SVGProps<SVGSVGElement>}
    >
      {({ width }) => {
        const cell = cellOf(width);
        const rowH = rowOf(width);
        const every = cell >= LABEL_CELL ? 1 : 4;
        return (
          <>
            {Array.from({ length: c }, (_, k) =>
              channelLabelShown(k, selected, every) ? (
                <text key={k} x={LEFT + k * cell + cell / 2} y={12} textAnchor="middle" className={k === selected ? styles.tickStrong : styles.tick}>{k}</text>
              ) : null,
            )}
            {mean.map((row, l) => (
              <g key={l}>
                <text x={LEFT - 4} y={TOP + l * rowH + rowH / 2 + 4} textAnchor="end" className={styles.tick}>{S.className(l)}</text>
                {row.map((v, k) => {
                  const fill = mode === 'difference' ? diverging(diff[l][k] / spread) : `rgb(${ramp(v).join(',')})`;
                  return (
                    <rect key={k} x={LEFT + k * cell} y={TOP + l * rowH} width={Math.max(1, cell - 1)} height={rowH - 1} fill={fill}>
                      <title>{`${S.className(l)}, channel ${k}: ${v.toFixed(3)} (${diff[l][k] >= 0 ? '+' : ''}${diff[l][k].toFixed(3)} from the average)`}</title>
                    </rect>
                  );
                })}
              </g>
            ))}
            <rect x={LEFT + selected * cell - 1} y={TOP - 1} width={cell + 1} height={mean.length * rowH + 1} className={styles.heatSelected} />
          </>
        );
      }}
    </ChartFrame>
  );
}

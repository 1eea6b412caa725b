'use client';
import { line, scaleLog } from 'd3';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { formatShort } from '@/lib/format/numberFormat';
import { useElementWidth } from '@/components/ui/useElementWidth';
import type { CurvePoint } from './model';
import { S } from './strings';
import { Legend } from '@/components/ui';
import styles from './FcScaling.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  points: CurvePoint[];
  current: CurvePoint;
  alt: string;
}

const M = { top: 14, right: 18, bottom: 40, left: 52 };

/** Parameters against side length, log-log: the FC line rises with slope 2, the conv line is flat. */
export function ScalingChart({ points, current, alt }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const narrow = width < 480;
  const height = narrow ? 230 : 280;
  const sides = points.map((p) => p.side);
  const xLo = Math.min(sides[0], current.side);
  const xHi = Math.max(sides[sides.length - 1], current.side);
  const yLoExp = Math.floor(Math.log10(Math.min(...points.map((p) => Math.min(p.conv, p.fc)), current.conv, current.fc)));
  const yHiExp = Math.ceil(Math.log10(Math.max(...points.map((p) => p.fc), current.fc)));
  const x = scaleLog().domain([xLo, xHi]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const y = scaleLog().domain([10 ** yLoExp, 10 ** yHiExp]).range([height - M.bottom, M.top]);
  const fcPath = line<CurvePoint>().x((p) => x(p.side)).y((p) => y(p.fc))(points) ?? '';
  const convPath = line<CurvePoint>().x((p) => x(p.side)).y((p) => y(p.conv))(points) ?? '';
  const xTicks = sides.filter((_, i) => !narrow || i % 2 === 0);
  const yTicks = decadeTicks(yLoExp, yHiExp, narrow ? 5 : 8);
  const cx = x(current.side);
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.chartCaption}</figcaption>
      <Legend
        items={[
          { label: S.legendFc, color: 'var(--highlight)', mark: 'line' },
          { label: S.legendConv, color: 'var(--accent)', mark: 'dashed' },
        ]}
      />
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          {yTicks.map((k) => (
            <g key={k} transform={`translate(0,${y(10 ** k)})`}>
              <line x1={M.left} x2={width - M.right} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>
                {powerLabel(k)}
              </text>
            </g>
          ))}
          {xTicks.map((s) => (
            <text key={s} x={x(s)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>
              {s}
            </text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={height - 6} textAnchor="middle" className={styles.axisLabel}>
            {S.xAxis}
          </text>
          <path d={fcPath} className={styles.fcLine} />
          <path d={convPath} className={styles.convLine} />
          <line x1={cx} x2={cx} y1={M.top} y2={height - M.bottom} className={styles.marker} />
          <circle cx={cx} cy={y(current.fc)} r={5} className={styles.fcDot} />
          <circle cx={cx} cy={y(current.conv)} r={5} className={styles.convDot} />
          <text
            x={cx + (cx > width / 2 ? -8 : 8)}
            y={y(current.fc) - 8}
            textAnchor={cx > width / 2 ? 'end' : 'start'}
            className={styles.pointLabel}
          >
            {formatShort(current.fc)}
          </text>
          <text
            x={cx + (cx > width / 2 ? -8 : 8)}
            y={y(current.conv) - 8}
            textAnchor={cx > width / 2 ? 'end' : 'start'}
            className={styles.pointLabel}
          >
            {formatShort(current.conv)}
          </text>
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}

'use client';
import { scaleLog } from 'd3';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { formatShort } from '@/lib/format/numberFormat';
import { AxisBottom, AxisLeft, ChartFrame, Legend, LinePath, Rule } from '@/components/ui';
import type { CurvePoint } from './model';
import { S } from './strings';
import chart from '@/components/ui/chart/chart.module.css';
import styles from './FcScaling.module.css';

interface Props {
  points: CurvePoint[];
  current: CurvePoint;
  alt: string;
}

const MARGIN = { top: 14, right: 18, bottom: 40, left: 52 };
const LINES = [
  { key: 'fc', label: S.legendFc, color: 'var(--highlight)', dashed: false },
  { key: 'conv', label: S.legendConv, color: 'var(--accent)', dashed: true },
] as const;

/** Parameters against side length, log-log: the FC line rises with slope 2, the conv line is flat. */
export function ScalingChart({ points, current, alt }: Props) {
  const sides = points.map((p) => p.side);
  const xLo = Math.min(sides[0], current.side);
  const xHi = Math.max(sides[sides.length - 1], current.side);
  const yLoExp = Math.floor(Math.log10(Math.min(...points.map((p) => Math.min(p.conv, p.fc)), current.conv, current.fc)));
  const yHiExp = Math.ceil(Math.log10(Math.max(...points.map((p) => p.fc), current.fc)));
  return (
    <ChartFrame
      alt={alt}
      title={S.chartCaption}
      height={(w) => (w < 480 ? 230 : 280)}
      margin={MARGIN}
      legend={<Legend items={LINES.map(({ label, color, dashed }) => ({ label, color, mark: dashed ? 'dashed' : 'line' }))} />}
    >
      {(size) => {
        const narrow = size.width < 480;
        const x = scaleLog().domain([xLo, xHi]).range([size.left, size.right]);
        const y = scaleLog().domain([10 ** yLoExp, 10 ** yHiExp]).range([size.bottom, size.top]);
        const cx = x(current.side);
        const flip = cx > size.width / 2;
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={decadeTicks(yLoExp, yHiExp, narrow ? 5 : 8).map((k) => 10 ** k)} format={(v) => powerLabel(Math.round(Math.log10(v)))} />
            <AxisBottom scale={x} size={size} ticks={sides.filter((_, i) => !narrow || i % 2 === 0)} label={S.xAxis} />
            {LINES.map(({ key, color, dashed }) => (
              <LinePath key={key} points={points.map((p) => [p.side, p[key]] as const)} x={x} y={y} color={color} dashed={dashed} width={3} />
            ))}
            <Rule x1={cx} x2={cx} y1={size.top} y2={size.bottom} />
            {LINES.map(({ key, color }) => (
              <g key={key}>
                <circle cx={cx} cy={y(current[key])} r={5} fill={color} className={styles.dot} />
                <text x={cx + (flip ? -8 : 8)} y={y(current[key]) - 8} textAnchor={flip ? 'end' : 'start'} className={chart.pointLabel}>
                  {formatShort(current[key])}
                </text>
              </g>
            ))}
          </>
        );
      }}
    </ChartFrame>
  );
}

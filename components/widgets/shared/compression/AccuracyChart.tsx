'use client';
import { scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { AxisBottom, AxisLeft, ChartFrame, Dots, LinePath } from '@/components/ui';

export interface Series {
  points: [number, number][];
  color?: string;
  dots?: boolean;
}

/** One marked point (the current setting, a fine-tuned result) with its tooltip. */
export interface AccuracyMark {
  x: number;
  accuracy: number;
  color: string;
  title: string;
}

interface Props {
  series: Series[];
  xDomain: [number, number];
  xTicks: number[];
  xFormat: (v: number) => string;
  xLabel: string;
  marks?: AccuracyMark[];
  label: string;
  caption: ReactNode;
  /** Accuracy axis from this value to 1 (default 0). */
  yMin?: number;
}

/** Accuracy (0 … 100 %) against something: sparsity, training steps. */
export function AccuracyChart({ series, xDomain, xTicks, xFormat, xLabel, marks = [], label, caption, yMin = 0 }: Props) {
  return (
    <ChartFrame alt={label} caption={caption} height={(w) => (w < 480 ? 190 : 230)} margin={{ top: 10, right: 20, bottom: 38, left: 52 }} fallbackWidth={560}>
      {(size) => {
        const x = scaleLinear().domain(xDomain).range([size.left, size.right]);
        const y = scaleLinear().domain([yMin, 1]).range([size.bottom, size.top]);
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={[0, 0.2, 0.4, 0.6, 0.8, 1].filter((t) => t >= yMin)} format={(t) => `${Math.round(t * 100)} %`} />
            <AxisBottom scale={x} size={size} ticks={xTicks} format={xFormat} label={xLabel} />
            {series.map((s, i) => (
              <g key={i}>
                {s.points.length > 1 ? <LinePath points={s.points} x={x} y={y} color={s.color} width={2} /> : null}
                {s.dots ? <Dots points={s.points} x={x} y={y} r={3} color={s.color} /> : null}
              </g>
            ))}
            {marks.map((m) => (
              <circle key={`${m.color}${m.x}`} cx={x(m.x)} cy={y(m.accuracy)} r={6.5} fill={m.color} stroke="var(--surface)" strokeWidth={2}>
                <title>{m.title}</title>
              </circle>
            ))}
          </>
        );
      }}
    </ChartFrame>
  );
}

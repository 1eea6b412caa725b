'use client';
import type { SVGProps } from 'react';
import { scaleLinear } from 'd3';
import { AxisBottom, AxisLeft, ChartFrame, Legend, LinePath } from '@/components/ui';
import { trainingStrings as s } from './strings';

export interface CurveSeries {
  id: string;
  label: string;
  /** [x, y] points in order of x. */
  points: [number, number][];
  colour: string;
  dashed?: boolean;
  /** An earlier run kept for comparison: drawn thin and pale. */
  faded?: boolean;
}

export interface LearningCurvesProps {
  title: string;
  series: CurveSeries[];
  /** Fixed y range (e.g. [0, 1] for accuracy); otherwise from the data, starting at 0. */
  yDomain?: [number, number];
  percent?: boolean;
  xLabel?: string;
  height?: number;
  /** Says a run is on (its first points are still coming), so the empty chart does not ask for Train. */
  started?: boolean;
  /** The prompt before a run, where the usual one does not fit (the sandbox's). */
  emptyText?: string;
}

const fmt = (v: number, percent?: boolean) => (percent ? `${(100 * v).toFixed(1)} %` : v.toFixed(3));
const latest = (c: CurveSeries) => c.points.at(-1)?.[1];

/**
 * Loss or accuracy against images seen (or epochs, or steps), on the kit's chart frame: lines for
 * runs (earlier ones faded), a legend with each line's latest value, and the same in words.
 * Before a run there is nothing to draw: a short prompt, not empty axes.
 */
export function LearningCurves({ title, series, yDomain, percent, xLabel = s.xImages, height = 200, started, emptyText }: LearningCurvesProps) {
  const all = series.flatMap((c) => c.points);
  const value = (c: CurveSeries) => (c.points.length ? fmt(latest(c)!, percent) : undefined);
  const summary = series.map((c) => `${c.label}: ${value(c) ?? '—'}`).join('; ');
  const xMax = Math.max(1, ...all.map((p) => p[0]));
  const yMax = yDomain ? yDomain[1] : Math.max(1e-6, ...all.map((p) => p[1])) * 1.05;
  return (
    <ChartFrame
      title={title}
      alt={`${s.chartLabel(title)}. ${summary}`}
      height={height}
      margin={{ top: 18, right: 14, bottom: 36, left: 48 }}
      fallbackWidth={480}
      empty={all.length === 0 ? (started ? s.firstPoints : (emptyText ?? s.noData)) : undefined}
      svgProps={{ 'data-chart': title } as SVGProps<SVGSVGElement>}
      legend={<Legend items={series.map((c) => ({ label: c.label, color: c.colour, mark: c.dashed ? 'dashed' : 'line', faded: c.faded, value: value(c) }))} />}
    >
      {(size) => {
        const x = scaleLinear().domain([0, xMax]).range([size.left, size.right]);
        const y = scaleLinear().domain([yDomain ? yDomain[0] : 0, yMax]).range([size.bottom, size.top]).nice();
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={4} format={(t) => (percent ? `${Math.round(100 * t)}%` : String(t))} />
            <AxisBottom scale={x} size={size} ticks={Math.max(2, Math.floor((size.right - size.left) / 90))} format={(t) => (t >= 1000 ? `${t / 1000}k` : String(t))} label={xLabel} />
            {series.map((c) => (c.points.length ? <LinePath key={c.id} points={c.points} x={x} y={y} color={c.colour} dashed={c.dashed} faded={c.faded} width={c.faded ? 1.25 : 2.25} /> : null))}
          </>
        );
      }}
    </ChartFrame>
  );
}

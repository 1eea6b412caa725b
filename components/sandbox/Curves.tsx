'use client';
import type { SVGProps } from 'react';
import { scaleLinear } from 'd3';
import { AxisBottom, AxisLeft, ChartFrame, Legend, LinePath } from '@/components/ui';
import { trainingStrings } from '@/components/widgets/shared/training';
import { S } from './strings';

export interface Curve {
  id: string;
  label: string;
  /** [images seen, value] in order. */
  points: [number, number][];
  colour: string;
  dashed?: boolean;
}

const fmt = (v: number, percent?: boolean) => (percent ? `${(100 * v).toFixed(1)} %` : v.toFixed(3));
const last = (c: Curve) => c.points.at(-1)?.[1];

/** Loss or accuracy against images seen, on the kit's chart frame; before a run, a prompt instead of empty axes. */
export function Curves({ title, series, percent, height = 180 }: { title: string; series: Curve[]; percent?: boolean; height?: number }) {
  const all = series.flatMap((c) => c.points);
  // The words a screen reader gets: each curve's latest value.
  const summary = series.map((c) => `${c.label}: ${c.points.length ? fmt(last(c)!, percent) : '—'}`).join('; ');
  const xMax = Math.max(1, ...all.map((p) => p[0]));
  const yMax = percent ? 1 : Math.max(1e-6, ...all.map((p) => p[1])) * 1.05;
  return (
    <ChartFrame
      title={title}
      alt={`${trainingStrings.chartLabel(title)}. ${summary}`}
      height={height}
      margin={{ top: 18, right: 12, bottom: 34, left: 48 }}
      fallbackWidth={480}
      empty={all.length === 0 ? S.curvesEmpty : undefined}
      legend={<Legend items={series.map((c) => ({ label: c.label, color: c.colour, mark: c.dashed ? 'dashed' : 'line', value: c.points.length ? fmt(last(c)!, percent) : undefined }))} />}
      svgProps={{ 'data-chart': title } as SVGProps<SVGSVGElement>}
    >
      {(size) => {
        const x = scaleLinear().domain([0, xMax]).range([size.left, size.right]);
        const y = scaleLinear().domain([0, yMax]).range([size.bottom, size.top]).nice();
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={4} format={(t) => (percent ? `${Math.round(100 * t)}%` : String(t))} />
            <AxisBottom scale={x} size={size} format={(t) => (t >= 1000 ? `${t / 1000}k` : String(t))} label={trainingStrings.xImages} />
            {series.map((c) => (c.points.length ? <LinePath key={c.id} points={c.points} x={x} y={y} color={c.colour} dashed={c.dashed} width={2.25} /> : null))}
          </>
        );
      }}
    </ChartFrame>
  );
}

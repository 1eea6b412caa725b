'use client';
import { scaleLinear, scaleLog } from 'd3';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { AxisBottom, AxisLeft, ChartFrame, Legend, LinePath, type LegendItem } from '@/components/ui';

export interface Series {
  /** [x, y] points; x = number of masks (≥ 1). */
  points: [number, number][];
  color: string;
  dashed?: boolean;
  /** Line width (default 2.5). */
  width?: number;
}

interface Props {
  title: string;
  alt: string;
  series: Series[];
  legend: LegendItem[];
  xMax: number;
  /** Log y axis (for errors) or linear (for output values). */
  logY: boolean;
  yDomain: [number, number];
  xLabel: string;
}

/** A small line chart with a log x axis (number of masks), on the kit's chart frame. */
export function LineChart({ title, alt, series, legend, xMax, logY, yDomain, xLabel }: Props) {
  const xTop = Math.max(10, xMax);
  const xTicks = decadeTicks(0, Math.ceil(Math.log10(xTop)), 6).map((k) => 10 ** k);
  return (
    <ChartFrame title={title} alt={alt} legend={<Legend items={legend} />} height={(w) => (w < 480 ? 200 : 240)} margin={{ top: 10, right: 14, bottom: 40, left: 54 }} fallbackWidth={560}>
      {(size) => {
        const x = scaleLog().domain([1, xTop]).range([size.left, size.right]);
        const y = (logY ? scaleLog() : scaleLinear()).domain(yDomain).range([size.bottom, size.top]).clamp(true);
        const yTicks = logY ? decadeTicks(Math.ceil(Math.log10(yDomain[0])), Math.floor(Math.log10(yDomain[1])), 6).map((k) => 10 ** k) : y.ticks(5);
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={yTicks} format={(t) => (logY ? String(Number(t.toPrecision(1))) : String(Number(t.toFixed(2))))} />
            <AxisBottom scale={x} size={size} ticks={xTicks} format={(t) => powerLabel(Math.round(Math.log10(t)))} label={xLabel} />
            {series.map((s, i) => (s.points.length ? <LinePath key={i} points={s.points} x={x} y={y} color={s.color} dashed={s.dashed} width={s.width} /> : null))}
          </>
        );
      }}
    </ChartFrame>
  );
}

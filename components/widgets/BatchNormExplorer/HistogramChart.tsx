'use client';
import { scaleLinear } from 'd3';
import { niceStep, type Histogram } from '@/lib/batchNorm/histogram';
import { AxisBottom, Bars, ChartFrame, LinePath, histogramBars, histogramOutline } from '@/components/ui';
import { num } from './strings';

interface Props {
  hist: Histogram;
  /** The other mode's output, drawn as an outline over the bars. */
  outline?: Histogram;
  /** Bars of every histogram of a channel share this count scale. */
  countMax: number;
  /** A vertical line: the mean of the drawn values. */
  marker: number;
  tone: 'input' | 'output';
  /** What the histogram shows, for screen readers. */
  alt: string;
}

const M = { top: 6, right: 8, bottom: 22, left: 8 };
const PLOT_H = 84;

/** One histogram on the kit's chart frame (text stays legible at 360 px). */
export function HistogramChart({ hist, outline, countMax, marker, tone, alt }: Props) {
  return (
    <ChartFrame alt={alt} height={M.top + PLOT_H + M.bottom} margin={M} fallbackWidth={300}>
      {(size) => {
        const x = scaleLinear().domain([hist.lo, hist.hi]).range([size.left, size.right]);
        const y = scaleLinear().domain([0, Math.max(1, countMax)]).range([size.bottom, size.top]);
        const step = niceStep(hist.hi - hist.lo, size.width < 260 ? 3 : 5);
        const ticks: number[] = [];
        for (let t = Math.ceil(hist.lo / step) * step; t <= hist.hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
        return (
          <>
            <AxisBottom scale={x} size={size} ticks={ticks} format={(t) => num(t, step < 1 ? (step < 0.1 ? 2 : 1) : 0)} />
            <Bars bars={histogramBars(hist.counts, hist.lo, hist.hi)} x={x} y={y} color={tone === 'input' ? 'var(--accent)' : 'var(--highlight)'} opacity={tone === 'input' ? 0.75 : undefined} />
            {outline ? <LinePath points={histogramOutline(outline.counts, outline.lo, outline.hi)} x={x} y={y} color="var(--fg)" width={1.5} dashed="4 3" /> : null}
            {marker >= hist.lo && marker <= hist.hi ? <LinePath points={[[marker, 0], [marker, Math.max(1, countMax)]]} x={x} y={y} color="var(--fg)" width={1.5} /> : null}
          </>
        );
      }}
    </ChartFrame>
  );
}

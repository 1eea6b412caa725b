'use client';
import { scaleLinear } from 'd3';
import { sigmoid } from '@/lib/preprocessing/saturation';
import { AxisBottom, BandX, Bars, ChartFrame, Legend, LinePath, histogramBars } from '@/components/ui';
import { S } from './strings';

interface Props {
  counts: number[];
  range: number;
  threshold: number;
  alt: string;
}

const ZONE = 'var(--negative)';
const ZONE_OPACITY = 0.12;
const CURVE = 'var(--highlight)';
const tickText = (t: number) => (Math.abs(t) >= 1000 ? `${t / 1000}k` : String(t)).replace('-', '−');

/** Counts of z over [−range, range]; the saturated tails shaded; σ(z) over it on a 0–1 scale. */
export function Histogram({ counts, range, threshold, alt }: Props) {
  const tail = Math.min(threshold, range);
  const curve = Array.from({ length: 161 }, (_, i) => {
    const z = -range + (2 * range * i) / 160;
    return [z, sigmoid(z)] as const;
  });
  return (
    <ChartFrame
      title={S.chartCaption}
      alt={alt}
      height={(w) => (w < 480 ? 200 : 240)}
      margin={{ top: 12, right: 12, bottom: 38, left: 12 }}
      legend={
        <Legend
          items={[
            { label: `${S.saturatedZone} (|z| > ${threshold.toFixed(2)})`, color: `color-mix(in srgb, ${ZONE} 30%, transparent)` },
            { label: S.sigmoidKey, color: CURVE, mark: 'line' },
          ]}
        />
      }
    >
      {(size) => {
        const x = scaleLinear().domain([-range, range]).range([size.left, size.right]);
        const y = scaleLinear().domain([0, Math.max(1, ...counts)]).range([size.bottom, size.top]);
        const yS = scaleLinear().domain([0, 1]).range([size.bottom, size.top]);
        return (
          <>
            <BandX x1={x(-range)} x2={x(-tail)} plot={size} color={ZONE} opacity={ZONE_OPACITY} />
            <BandX x1={x(tail)} x2={x(range)} plot={size} color={ZONE} opacity={ZONE_OPACITY} />
            <AxisBottom scale={x} size={size} ticks={size.width < 480 ? 5 : 9} format={tickText} label={S.xAxis} grid />
            <Bars bars={histogramBars(counts, -range, range)} x={x} y={y} />
            <LinePath points={curve} x={x} y={yS} color={CURVE} width={2.5} />
          </>
        );
      }}
    </ChartFrame>
  );
}

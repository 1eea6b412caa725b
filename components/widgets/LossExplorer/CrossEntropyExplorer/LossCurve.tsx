'use client';
import { scaleLinear } from 'd3';
import { AxisBottom, AxisLeft, ChartFrame, Dots, LinePath, PlotLabel, RuleX, chartSlider, type ChartSize } from '@/components/ui';
import { formatLogit, formatValue, stepLogit } from './model';
import { S } from './strings';

interface Props {
  name: string;
  xs: number[];
  losses: number[];
  current: { z: number; loss: number };
  onMove: (z: number) => void;
}

/** The loss against the true class's logit; the chart is a slider: drag the point or use the arrow keys. */
export function LossCurve({ name, xs, losses, current, onMove }: Props) {
  const lo = xs[0];
  const hi = xs[xs.length - 1];
  const yMax = Math.max(1, ...losses) * 1.05;
  const xScale = (size: ChartSize) => scaleLinear().domain([lo, hi]).range([size.left, size.right]);
  const value = S.curveValue(formatLogit(current.z), formatValue(current.loss));
  const points = xs.map((z, i) => [z, losses[i]] as const);
  return (
    <ChartFrame
      title={S.curveCaption(name)}
      alt={S.curveAlt(name, formatLogit(lo), formatLogit(hi), formatValue(losses[0]), formatValue(losses[losses.length - 1]), formatLogit(current.z), formatValue(current.loss))}
      height={(w) => (w < 480 ? 200 : 240)}
      margin={{ top: 22, right: 16, bottom: 38, left: 46 }}
      fallbackWidth={560}
      canvasProps={(size) =>
        chartSlider({
          label: S.curveSlider(name),
          min: lo,
          max: hi,
          value: current.z,
          valueText: value,
          onKey: (key, shift) => (key === 'Home' ? lo : key === 'End' ? hi : stepLogit(current.z, key, shift)),
          fromX: (px) => Math.round(Math.min(hi, Math.max(lo, xScale(size).invert(px))) * 10) / 10,
          onChange: onMove,
        })
      }
    >
      {(size) => {
        const x = xScale(size);
        const y = scaleLinear().domain([0, yMax]).range([size.bottom, size.top]).nice();
        const z = Math.min(hi, Math.max(lo, current.z));
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={4} format={formatLogit} label={S.yAxis} />
            <AxisBottom scale={x} size={size} ticks={size.width < 480 ? 5 : 9} format={formatLogit} label={S.xAxis} />
            <LinePath points={points} x={x} y={y} width={3} />
            <RuleX x={x(z)} plot={size} />
            <Dots points={[[z, current.loss]]} x={x} y={y} r={6} color="var(--highlight)" halo />
            <PlotLabel plot={size} at={[x(z), y(current.loss)]} text={value} />
          </>
        );
      }}
    </ChartFrame>
  );
}

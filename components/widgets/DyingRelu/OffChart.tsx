'use client';
import { scaleLinear } from 'd3';
import { AxisBottom, AxisLeft, ChartFrame, Dots, Legend, LinePath, RuleX } from '@/components/ui';
import { MAX_STEPS, UNITS } from './model';
import { S } from './strings';

const RELU = 'var(--highlight)';
const LEAKY = 'var(--accent)';
const series = (v: number[]) => v.map((c, i) => [i, c] as const);

/** Units off for every input against training step, ReLU and leaky ReLU, with the chosen step marked. */
export function OffChart({ relu, leaky, step, slope, alt }: { relu: number[]; leaky: number[]; step: number; slope: string; alt: string }) {
  return (
    <ChartFrame
      title={S.chartCaption}
      alt={alt}
      height={(w) => (w < 480 ? 190 : 220)}
      margin={{ top: 12, right: 16, bottom: 36, left: 40 }}
      legend={<Legend items={[{ label: S.legendRelu, color: RELU, mark: 'line' }, { label: S.legendLeaky(slope), color: LEAKY, mark: 'dashed' }]} />}
    >
      {(size) => {
        const x = scaleLinear().domain([0, MAX_STEPS]).range([size.left, size.right]);
        const y = scaleLinear().domain([0, UNITS]).range([size.bottom, size.top]);
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={[0, 4, 8, 12, 16]} />
            <AxisBottom scale={x} size={size} ticks={[0, 100, 200, 300, 400, 500].filter((t) => t <= MAX_STEPS)} label={S.xAxis} />
            <LinePath points={series(leaky)} x={x} y={y} color={LEAKY} dashed width={3} />
            <LinePath points={series(relu)} x={x} y={y} color={RELU} width={3} />
            <RuleX x={x(step)} plot={size} />
            <Dots points={[[step, relu[step]]]} x={x} y={y} r={5} color={RELU} halo />
            <Dots points={[[step, leaky[step]]]} x={x} y={y} r={5} color={LEAKY} halo />
          </>
        );
      }}
    </ChartFrame>
  );
}

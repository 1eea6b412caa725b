'use client';
import { scaleLinear } from 'd3';
import { AxisBottom, AxisLeft, ChartFrame, Legend, LinePath } from '@/components/ui';
import { trainingStrings } from '@/components/widgets/shared/training';
import { S } from './strings';
import own from './MultiTaskTrainer.module.css';

export interface Point {
  step: number;
  lambda: number;
  classAccuracy: number;
  groupAccuracy: number;
}

const pct = (v: number | undefined) => (v === undefined ? '–' : `${(v * 100).toFixed(1)} %`);
/** Under the x axis's labels: a bar per evaluation, as tall as λ was then. */
const STRIP = { top: 26, height: 12 };

/** Both heads' test accuracy against steps, on the kit's chart frame; the λ strip under the axis. */
export function MultiTaskChart({ points, steps }: { points: Point[]; steps: number }) {
  const last = points.at(-1);
  const line = (f: (p: Point) => number) => points.map((p) => [p.step, f(p)] as const);
  return (
    <ChartFrame
      alt={S.chartLabel(points.length, pct(last?.classAccuracy), pct(last?.groupAccuracy))}
      height={(w) => (w < 480 ? 180 : 210)}
      margin={{ top: 10, right: 12, bottom: STRIP.top + STRIP.height + 8, left: 48 }}
      fallbackWidth={560}
      caption={S.chartCaption}
      empty={points.length ? undefined : trainingStrings.noData}
      legend={
        <Legend
          items={[
            { label: S.accuracy.class, color: 'var(--accent)', mark: 'line' },
            { label: S.accuracy.group, color: 'var(--highlight)', mark: 'dashed' },
          ]}
        />
      }
    >
      {(size) => {
        const x = scaleLinear().domain([0, steps]).range([size.left, size.right]);
        const y = scaleLinear().domain([0, 1]).range([size.bottom, size.top]);
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={[0, 0.25, 0.5, 0.75, 1]} format={(t) => `${t * 100}%`} />
            <AxisBottom scale={x} size={size} ticks={[0, 100, 200, 300].filter((t) => t <= steps)} />
            {points.map((p) => (
              <rect key={p.step} x={x(p.step) - 2} y={size.bottom + STRIP.top + STRIP.height * (1 - p.lambda)} width={4} height={STRIP.height * p.lambda + 1} className={own.lambdaTick} />
            ))}
            <LinePath points={line((p) => p.classAccuracy)} x={x} y={y} color="var(--accent)" />
            <LinePath points={line((p) => p.groupAccuracy)} x={x} y={y} color="var(--highlight)" dashed />
          </>
        );
      }}
    </ChartFrame>
  );
}

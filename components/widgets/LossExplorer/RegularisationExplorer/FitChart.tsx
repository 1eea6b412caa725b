'use client';
import { scaleLinear } from 'd3';
import type { Dataset } from '@/lib/regularisation/polynomialFit';
import { AxisBottom, AxisLeft, ChartFrame, Clip, Dots, Legend, LinePath, RuleY } from '@/components/ui';
import { CURVE_X, truthCurve } from './model';
import { S } from './strings';

interface Props {
  data: Dataset;
  l2: number[];
  l1: number[];
  unregularised: number[] | null;
  alt: string;
}

const Y = 2;
const minus = (t: number) => (t < 0 ? `−${-t}` : String(t));
const curve = (ys: number[]) => ys.map((v, i) => [CURVE_X[i], Math.max(-50, Math.min(50, v))] as const);

/** The points, the true curve and the fitted polynomials (clipped to −2 … 2). */
export function FitChart({ data, l2, l1, unregularised, alt }: Props) {
  return (
    <ChartFrame
      title={S.chartCaption}
      alt={alt}
      height={(w) => (w < 480 ? 220 : 280)}
      margin={{ top: 10, right: 14, bottom: 28, left: 36 }}
      legend={
        <Legend
          items={[
            { label: S.legend.truth, color: 'var(--muted)', mark: 'dashed' },
            { label: S.legend.l2, color: 'var(--accent)', mark: 'line' },
            { label: S.legend.l1, color: 'var(--highlight)', mark: 'line' },
            ...(unregularised ? [{ label: S.legend.none, color: 'var(--negative)', mark: 'line' as const }] : []),
          ]}
        />
      }
    >
      {(size) => {
        const x = scaleLinear().domain([-1, 1]).range([size.left, size.right]);
        const y = scaleLinear().domain([-Y, Y]).range([size.bottom, size.top]);
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={[-2, -1, 0, 1, 2]} format={minus} />
            <AxisBottom scale={x} size={size} ticks={[-1, -0.5, 0, 0.5, 1]} format={minus} />
            <RuleY y={y(0)} plot={size} kind="zero" />
            <Clip plot={size}>
              <LinePath points={curve(truthCurve)} x={x} y={y} color="var(--muted)" width={2} dashed="6 5" />
              {unregularised ? <LinePath points={curve(unregularised)} x={x} y={y} color="var(--negative)" width={1.5} /> : null}
              <LinePath points={curve(l2)} x={x} y={y} width={3} />
              <LinePath points={curve(l1)} x={x} y={y} color="var(--highlight)" width={3} />
            </Clip>
            <Dots points={data.x.map((px, i) => [px, data.y[i]])} x={x} y={y} r={5} color="var(--surface)" stroke="var(--fg)" />
          </>
        );
      }}
    </ChartFrame>
  );
}

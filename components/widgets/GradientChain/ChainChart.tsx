'use client';
import { scaleLinear, scaleLog } from 'd3';
import { AxisBottom, AxisLeft, ChartFrame, Dots, Legend, LinePath } from '@/components/ui';
import { lowestDecade, sigmoidBound, superscript, type ChainResult } from './model';
import { S } from './strings';
import styles from './GradientChain.module.css';

const decade = (k: number) => (k === 0 ? '1' : `10${superscript(k)}`);
const COLOR = { sigmoid: 'var(--negative)', tanh: 'var(--highlight)', relu: 'var(--accent)' } as const;
const BOUND = 'var(--muted)';

/** The running product of slopes for each activation against depth, with sigmoid's bound. */
export function ChainChart({ results, depth, alt }: { results: ChainResult[]; depth: number; alt: string }) {
  const layers = Array.from({ length: depth }, (_, i) => i + 1);
  const lo = lowestDecade(results, depth);
  return (
    <ChartFrame
      title={S.caption}
      alt={alt}
      height={(w) => (w < 480 ? 240 : 300)}
      margin={{ top: 12, right: 16, bottom: 38, left: 56 }}
      legend={
        <Legend
          items={[
            ...results.map((r) => ({ label: S.names[r.fn], color: COLOR[r.fn], mark: r.fn === 'tanh' ? ('dashed' as const) : ('line' as const) })),
            { label: S.bound, color: BOUND, mark: 'dashed' as const },
          ]}
        />
      }
    >
      {(size) => {
        const narrow = size.width < 480;
        const x = scaleLinear().domain([1, Math.max(2, depth)]).range([size.left, size.right]);
        const y = scaleLog().domain([10 ** lo, 1]).range([size.bottom, size.top]).clamp(true);
        const step = Math.max(1, Math.ceil(-lo / (narrow ? 5 : 8)));
        const yTicks = Array.from({ length: Math.floor(-lo / step) + 1 }, (_, i) => 10 ** (-i * step));
        const xStep = depth <= 10 ? 1 : depth <= 20 ? (narrow ? 5 : 2) : 5;
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={yTicks} format={(v) => decade(Math.round(Math.log10(v)))} />
            <AxisBottom scale={x} size={size} ticks={layers.filter((i) => i === 1 || i % xStep === 0)} label={S.xAxis} />
            <LinePath points={layers.map((i) => [i, sigmoidBound(i)])} x={x} y={y} color={BOUND} dashed width={2} />
            {results.map((r) => {
              // A zero product has no logarithm: the line drops to the floor and a 0 marks it.
              const firstZero = r.products.findIndex((p) => p === 0);
              const shown = (firstZero < 0 ? r.products : r.products.slice(0, firstZero)).map((p, i) => [i + 1, p] as const);
              return (
                <g key={r.fn} data-fn={r.fn}>
                  {shown.length > 1 ? <LinePath points={shown} x={x} y={y} color={COLOR[r.fn]} dashed={r.fn === 'tanh'} width={3} /> : null}
                  <Dots points={shown} x={x} y={y} r={depth > 20 ? 2.5 : 3.5} color={COLOR[r.fn]} />
                  {firstZero >= 0 ? (
                    <text x={x(firstZero + 1)} y={size.bottom - 6} textAnchor="middle" className={styles.zero} fill={COLOR[r.fn]}>
                      {S.names[r.fn]} = 0
                    </text>
                  ) : null}
                </g>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}

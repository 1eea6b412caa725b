'use client';
import { scaleLinear } from 'd3';
import type { MaxoutPieces } from '@/lib/activations/maxout';
import { AxisBottom, AxisLeft, BandX, ChartFrame, Clip, Dots, Legend, LinePath, PlotLabel, RuleX, RuleY, chartSlider, stackPanels, type ChartSize, type LegendItem } from '@/components/ui';
import { X_MAX, X_MIN, clampX, moveByKey, num, type CurvePoint, type ExplorerCurve } from './model';
import { S } from './strings';
import styles from './ActivationExplorer.module.css';

interface Props {
  curve: ExplorerCurve;
  point: CurvePoint;
  /** Maxout's pieces, drawn dashed under the curve; null for the other functions. */
  pieces: MaxoutPieces | null;
  onMove: (x: number) => void;
  hintId: string;
  /** The chart in words. */
  alt: string;
}

const M = { top: 10, right: 14, bottom: 26, left: 46 };
const GAP = M.bottom + M.top;
const SATURATED = 'var(--highlight-soft)';
/** A region where f′ is exactly 0: a stronger fill, with a dashed edge. */
const DEAD = 'color-mix(in srgb, var(--highlight) 30%, transparent)';
const THRESHOLD = 'var(--highlight)';
const xScale = (size: ChartSize) => scaleLinear().domain([X_MIN, X_MAX]).range([size.left, size.right]);
const minMax = (a: Float32Array) => a.reduce(([lo, hi], v) => [Math.min(lo, v), Math.max(hi, v)], [Infinity, -Infinity]);
const tick = (t: number) => num(t, Number.isInteger(t) ? 0 : t * 100 === Math.round(t * 100) ? 2 : 3);

/** f above f′ on one x axis, the saturating regions shaded, and the reader's point on both; the chart is the slider that moves the point. */
export function CurvePlot({ curve, point, pieces, onMove, hintId, alt }: Props) {
  const [fLo, fHi] = minMax(curve.values);
  const [dLo, dHi] = minMax(curve.slopes);
  const legend: LegendItem[] = [
    ...(curve.intervals.some((r) => !r.zero) ? [{ label: S.shadedLabel, color: SATURATED }] : []),
    ...(curve.intervals.some((r) => r.zero) ? [{ label: S.zeroLabel, color: DEAD }] : []),
    { label: S.thresholdLabel, color: THRESHOLD, mark: 'dashed' },
  ];
  return (
    <ChartFrame
      alt={alt}
      height={(w) => 2 * (w < 480 ? 170 : 210)}
      margin={M}
      legend={<Legend items={legend} />}
      canvasProps={(size) =>
        chartSlider({
          label: S.sliderLabel,
          min: X_MIN,
          max: X_MAX,
          value: point.x,
          valueText: S.valueText(num(point.x, 2), num(point.value), num(point.slope)),
          describedBy: hintId,
          onKey: (key, shift) => moveByKey(point.x, key, shift),
          fromX: (px) => clampX(xScale(size).invert(px)),
          onChange: onMove,
        })
      }
    >
      {(size) => {
        const x = xScale(size);
        const [fPanel, dPanel] = stackPanels(size, 2, GAP);
        const panel = (which: 'f' | 'd', plot: ChartSize, lo: number, hi: number) => {
          const pad = (hi - lo || 1) * 0.08;
          const y = scaleLinear().domain([Math.min(0, lo - pad), Math.max(0, hi + pad)]).nice(5).range([plot.bottom, plot.top]);
          const ys = which === 'f' ? curve.values : curve.slopes;
          const py = which === 'f' ? point.value : point.slope;
          const color = which === 'f' ? 'var(--accent)' : 'var(--positive)';
          return (
            <g data-part={which === 'f' ? 'function' : 'derivative'}>
              {curve.intervals.map((r) => (
                <BandX key={`${r.from}`} x1={x(r.from)} x2={x(r.from) + Math.max(1, x(r.to) - x(r.from))} plot={plot} color={r.zero ? DEAD : SATURATED} outlined={r.zero} data-saturated={`${r.from.toFixed(2)}:${r.to.toFixed(2)}`} />
              ))}
              <AxisLeft scale={y} size={plot} ticks={4} format={tick} />
              <AxisBottom scale={x} size={plot} ticks={size.width < 480 ? [-6, -3, 0, 3, 6] : [-6, -4, -2, 0, 2, 4, 6]} format={(t) => num(t, 0)} />
              <RuleY y={y(0)} plot={plot} kind="zero" />
              <RuleX x={x(0)} plot={plot} kind="zero" />
              <PlotLabel plot={plot} text={which === 'f' ? S.plotF : S.plotD} strong />
              <Clip plot={plot}>
                {which === 'd'
                  ? [curve.threshold, ...(dLo < 0 ? [-curve.threshold] : [])].map((t) => (
                      <RuleY key={t} y={y(t)} plot={plot} kind="threshold" label={t > 0 && curve.intervals.length > 0 ? S.thresholdLabel : undefined} />
                    ))
                  : null}
                {which === 'f' && pieces
                  ? pieces.slopes.map((w, i) => (
                      <LinePath key={i} points={[X_MIN, X_MAX].map((v) => [v, w * v + pieces.intercepts[i]])} x={x} y={y} color="var(--muted)" width={1.5} dashed />
                    ))
                  : null}
                <LinePath points={Array.from(ys, (v, i) => [curve.xs[i], v])} x={x} y={y} color={color} width={3} />
                {which === 'f' ? <LinePath points={[-1.2, 1.2].map((d) => [point.x + d, point.value + d * point.slope])} x={x} y={y} color="var(--fg)" width={1.5} className={styles.tangent} /> : null}
              </Clip>
              <RuleX x={x(point.x)} plot={plot} />
              <Dots points={[[point.x, py]]} x={x} y={y} r={6} color={color} halo />
              <PlotLabel plot={plot} at={[x(point.x), y(py)]} text={which === 'f' ? `f = ${num(point.value)}` : `f′ = ${num(point.slope)}`} />
            </g>
          );
        };
        return (
          <>
            {panel('f', fPanel, fLo, fHi)}
            {panel('d', dPanel, Math.min(dLo, 0), Math.max(dHi, curve.threshold))}
          </>
        );
      }}
    </ChartFrame>
  );
}

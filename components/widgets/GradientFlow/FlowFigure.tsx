'use client';
import type { KeyboardEvent } from 'react';
import type { GradientFlowResult } from '@/lib/compute';
import { scaleLinear, scaleLog } from 'd3';
import { AxisBottom, AxisLeft, Bars, type ChartSize } from '@/components/ui';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { decades, moveBlock, strokeFor } from './model';
import { S } from './strings';
import styles from './GradientFlow.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  result: GradientFlowResult;
  residual: boolean;
  block: number;
  onBlock: (b: number) => void;
  label: string;
  hintId: string;
}

const LEFT = 44;
const RIGHT = 12;
const BARS_H = 150;
const FLOW_H = 96;
const BAR = 'color-mix(in srgb, var(--accent) 75%, transparent)';

/** Bars of ‖∂L/∂hₗ‖ per layer (log scale) above the backward flow, drawn right to left along the plain path and the skips. */
export function FlowFigure({ result, residual, block, onBlock, label, hintId }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const depth = result.depth;
  const w = Math.max(width, LEFT + RIGHT + depth * 8);
  const step = (w - LEFT - RIGHT) / (depth + 1);
  const positive = result.norms.filter((v) => v > 0);
  const [lo0, hi] = decades(Math.min(...positive), Math.max(...positive));
  // One decade of room below the smallest bar, so every bar is visible.
  const lo = lo0 - 1;
  const widest = Math.max(1.5, Math.min(8, step * 0.35));
  // The bar chart's plot area: the flow diagram is drawn under it, in the same SVG.
  const bars: ChartSize = { width: w, height: BARS_H + 2, margin: { top: 12, right: RIGHT, bottom: 20, left: LEFT }, left: LEFT, right: w - RIGHT, top: 12, bottom: BARS_H - 18 };
  // Layer l sits at the middle of its slot of width `step`.
  const x = scaleLinear().domain([-0.5, depth + 0.5]).range([LEFT, w - RIGHT]);
  const xOf = (l: number) => x(l);
  const y = scaleLog().domain([10 ** lo, 10 ** hi]).range([bars.bottom, bars.top]).clamp(true);
  const maxNorm = Math.max(...positive);
  const tickEvery = Math.max(1, Math.ceil((hi - lo) / 5));
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((d) => (d - lo) % tickEvery === 0).map((d) => 10 ** d);
  const mainY = BARS_H + 62;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = moveBlock(block, e.key, depth);
    if (next === null) return;
    e.preventDefault();
    onBlock(next);
  };
  const labelEvery = Math.ceil(depth / 10);
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.barsCaption}. {S.flowCaption}.</figcaption>
      <div ref={ref} className={styles.figureScroll} tabIndex={0} role="group" aria-label={label} aria-describedby={hintId} onKeyDown={onKeyDown}>
        <svg width={w} height={BARS_H + FLOW_H} viewBox={`0 0 ${w} ${BARS_H + FLOW_H}`} aria-hidden="true" className={ui.chartSvg} data-part="flow">
          <rect x={xOf(block) - step / 2} y={0} width={step * 1.5} height={BARS_H + FLOW_H} className={styles.selected} transform={`translate(${-step / 2} 0)`} />
          <AxisLeft scale={y} size={bars} ticks={ticks} format={(v) => `1e${Math.round(Math.log10(v))}`} />
          <AxisBottom scale={x} size={bars} ticks={result.norms.map((_, l) => l).filter((l) => l % labelEvery === 0 || l === depth)} format={S.layerLabel} />
          <Bars
            bars={result.norms.map((v, l) => ({ x0: l - 0.35, x1: l + 0.35, y: Math.max(v, 10 ** lo), color: l === block || l === block - 1 ? 'var(--highlight)' : BAR }))}
            x={x}
            y={y}
            y0={10 ** lo}
            gap={0}
            onBar={(l) => onBlock(Math.max(1, l))}
          />
          {/* Backward flow: each path is drawn from h_l to h_{l−1}, so the dash animation runs backwards. */}
          {result.branchNorms.map((b, i) => {
            const l = i + 1;
            const x1 = xOf(l);
            const x0 = xOf(l - 1);
            const arc = `M${x1},${mainY} Q${(x0 + x1) / 2},${mainY - 60} ${x0},${mainY}`;
            return (
              <g key={l} onClick={() => onBlock(l)}>
                <path d={`M${x1},${mainY} L${x0},${mainY}`} className={styles.flowBranch} strokeWidth={strokeFor(b, maxNorm, widest)} data-block={l} />
                {residual ? <path d={arc} className={styles.flowSkip} strokeWidth={strokeFor(result.norms[l], maxNorm, widest)} /> : null}
              </g>
            );
          })}
          {result.norms.map((_, l) => (
            <circle key={l} cx={xOf(l)} cy={mainY} r={Math.min(4, Math.max(1.5, step / 5))} className={styles.node} />
          ))}
          <text x={LEFT} y={mainY + 26} className={ui.chartTick}>{S.flowLegend(residual)}</text>
        </svg>
      </div>
    </figure>
  );
}

'use client';
import type { KeyboardEvent, SVGProps } from 'react';
import type { GradientFlowResult } from '@/lib/compute';
import { scaleLinear, scaleLog } from 'd3';
import { AxisBottom, AxisLeft, Bars, ChartFrame, PlotLabel } from '@/components/ui';
import { decades, moveBlock, strokeFor } from './model';
import { S } from './strings';
import styles from './GradientFlow.module.css';

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
  const depth = result.depth;
  const positive = result.norms.filter((v) => v > 0);
  const [lo0, hi] = decades(Math.min(...positive), Math.max(...positive));
  // One decade of room below the smallest bar, so every bar is visible.
  const lo = lo0 - 1;
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
    <ChartFrame
      // The focusable canvas is named by `label`: no second text alternative.
      alt=""
      caption={`${S.barsCaption}. ${S.flowCaption}.`}
      captionAbove
      height={BARS_H + FLOW_H}
      // The bar chart's plot area on top: the flow diagram is drawn under it, in the same SVG.
      margin={{ top: 12, right: RIGHT, bottom: FLOW_H + 18, left: LEFT }}
      minWidth={LEFT + RIGHT + depth * 8}
      fallbackWidth={720}
      canvasProps={{ className: styles.figureScroll, tabIndex: 0, role: 'group', 'aria-label': label, 'aria-describedby': hintId, onKeyDown }}
      svgProps={{ 'data-part': 'flow' } as SVGProps<SVGSVGElement>}
    >
      {(bars) => {
        const w = bars.width;
        const step = (w - LEFT - RIGHT) / (depth + 1);
        const widest = Math.max(1.5, Math.min(8, step * 0.35));
        // Layer l sits at the middle of its slot of width `step`.
        const x = scaleLinear().domain([-0.5, depth + 0.5]).range([LEFT, w - RIGHT]);
        const y = scaleLog().domain([10 ** lo, 10 ** hi]).range([bars.bottom, bars.top]).clamp(true);
        return (
          <>
            <rect x={x(block) - step / 2} y={0} width={step * 1.5} height={BARS_H + FLOW_H} className={styles.selected} transform={`translate(${-step / 2} 0)`} />
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
              const x1 = x(l);
              const x0 = x(l - 1);
              const arc = `M${x1},${mainY} Q${(x0 + x1) / 2},${mainY - 60} ${x0},${mainY}`;
              return (
                <g key={l} onClick={() => onBlock(l)}>
                  <path d={`M${x1},${mainY} L${x0},${mainY}`} className={styles.flowBranch} strokeWidth={strokeFor(b, maxNorm, widest)} data-block={l} />
                  {residual ? <path d={arc} className={styles.flowSkip} strokeWidth={strokeFor(result.norms[l], maxNorm, widest)} /> : null}
                </g>
              );
            })}
            {result.norms.map((_, l) => (
              <circle key={l} cx={x(l)} cy={mainY} r={Math.min(4, Math.max(1.5, step / 5))} className={styles.node} />
            ))}
            <PlotLabel plot={{ left: LEFT - 4, right: w - RIGHT, top: mainY + 14, bottom: BARS_H + FLOW_H }} text={S.flowLegend(residual)} />
          </>
        );
      }}
    </ChartFrame>
  );
}

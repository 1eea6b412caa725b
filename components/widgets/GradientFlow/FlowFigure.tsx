'use client';
import type { KeyboardEvent } from 'react';
import type { GradientFlowResult } from '@/lib/compute';
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

/** Bars of ‖∂L/∂hₗ‖ per layer (log scale) above the backward flow, drawn right to left along the plain path and the skips. */
export function FlowFigure({ result, residual, block, onBlock, label, hintId }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const depth = result.depth;
  const w = Math.max(width, LEFT + RIGHT + depth * 8);
  const step = (w - LEFT - RIGHT) / (depth + 1);
  const xOf = (l: number) => LEFT + (l + 0.5) * step;
  const positive = result.norms.filter((v) => v > 0);
  const [lo0, hi] = decades(Math.min(...positive), Math.max(...positive));
  // One decade of room below the smallest bar, so every bar is visible.
  const lo = lo0 - 1;
  const widest = Math.max(1.5, Math.min(8, step * 0.35));
  const yOf = (v: number) => {
    const t = (Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo);
    return BARS_H - 18 - t * (BARS_H - 30);
  };
  const maxNorm = Math.max(...positive);
  const tickEvery = Math.max(1, Math.ceil((hi - lo) / 5));
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((d) => (d - lo) % tickEvery === 0);
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
          {ticks.map((d) => (
            <g key={d} transform={`translate(0,${yOf(10 ** d)})`}>
              <line x1={LEFT} x2={w - RIGHT} className={ui.chartGrid} />
              <text x={LEFT - 4} dy="0.32em" textAnchor="end" className={ui.chartTick}>{`1e${d}`}</text>
            </g>
          ))}
          {result.norms.map((v, l) => (
            <rect
              key={l}
              x={xOf(l) - Math.max(1, step * 0.35)}
              width={Math.max(2, step * 0.7)}
              y={yOf(v)}
              height={Math.max(1, BARS_H - 18 - yOf(v))}
              className={l === block || l === block - 1 ? styles.barChosen : styles.bar}
              onClick={() => onBlock(Math.max(1, l))}
            />
          ))}
          {result.norms.map((_, l) => (l % labelEvery === 0 || l === depth ? (
            <text key={l} x={xOf(l)} y={BARS_H - 4} textAnchor="middle" className={ui.chartTick}>{S.layerLabel(l)}</text>
          ) : null))}
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

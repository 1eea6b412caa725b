'use client';
import type { KeyboardEvent } from 'react';
import { S } from './strings';
import styles from './SqueezeExcite.module.css';

interface Props {
  squeeze: number[];
  excitation: number[];
  applied: number[];
  selected: number;
  onSelect: (c: number) => void;
  hintId: string;
}

const COL = 30;
const Z_H = 50;
const S_H = 110;
const TOP = 16;

/**
 * The squeeze vector z (top row, scaled to its largest entry) and the channel weights (bottom:
 * the filled bar is the weight applied, the tick the block's own). A focusable figure: the arrow
 * keys move the selected channel.
 */
export function ChannelBars({ squeeze, excitation, applied, selected, onSelect, hintId }: Props) {
  const c = excitation.length;
  const zMax = Math.max(1e-9, ...squeeze);
  const width = c * COL + 24;
  const sTop = TOP + Z_H + 22;
  const height = sTop + S_H + 22;
  const key = (e: KeyboardEvent) => {
    const next = { ArrowRight: selected + 1, ArrowLeft: selected - 1, Home: 0, End: c - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(Math.min(c - 1, Math.max(0, next)));
  };
  return (
    <div
      className={styles.barsWrap}
      tabIndex={0}
      role="group"
      aria-label={S.barsLabel(selected, squeeze[selected].toFixed(3), excitation[selected].toFixed(3), applied[selected].toFixed(3))}
      aria-describedby={hintId}
      onKeyDown={key}
      data-part="bars"
    >
      <svg viewBox={`0 0 ${width} ${height}`} className={styles.barsSvg} aria-hidden="true">
        <text x={2} y={TOP + Z_H / 2} className={styles.rowLabel}>{S.squeezeRow}</text>
        <text x={2} y={sTop + S_H / 2} className={styles.rowLabel}>{S.exciteRow}</text>
        <line x1={22} x2={width} y1={sTop} y2={sTop} className={styles.gridLine} />
        <line x1={22} x2={width} y1={sTop + S_H} y2={sTop + S_H} className={styles.axisLine} />
        <text x={width - 2} y={sTop - 3} className={styles.tick} textAnchor="end">1</text>
        {excitation.map((s, k) => {
          const x = 24 + k * COL;
          const zh = (squeeze[k] / zMax) * Z_H;
          const ah = applied[k] * S_H;
          const own = sTop + S_H - s * S_H;
          const changed = Math.abs(applied[k] - s) > 1e-9;
          return (
            <g key={k} onClick={() => onSelect(k)} className={k === selected ? styles.barSelected : styles.bar}>
              <rect x={x - 2} y={TOP - 4} width={COL - 2} height={height - TOP} className={styles.barHit} />
              <rect x={x + 4} y={TOP + Z_H - zh} width={COL - 10} height={zh} className={styles.zBar} />
              <rect x={x + 4} y={sTop + S_H - ah} width={COL - 10} height={ah} className={changed ? styles.sBarChanged : styles.sBar} />
              <line x1={x + 1} x2={x + COL - 3} y1={own} y2={own} className={styles.ownTick} />
              <text x={x + COL / 2 - 1} y={sTop + S_H + 15} textAnchor="middle" className={styles.tick}>{k}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

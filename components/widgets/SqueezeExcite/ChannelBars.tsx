'use client';
import type { KeyboardEvent } from 'react';
import { ChartFrame } from '@/components/ui';
import { channelLabelShown } from './model';
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

const Z_H = 50;
const S_H = 110;
const TOP = 16;
const LEFT = 24;
/** Columns narrower than this have every other channel number written (two digits at 12 px). */
const LABEL_COL = 17;

/**
 * The squeeze vector z (top row, scaled to its largest entry) and the channel weights (bottom:
 * the filled bar is the weight applied, the tick the block's own). A focusable figure: the arrow
 * keys move the selected channel. Drawn at the measured width, so its text stays at 12 px.
 */
export function ChannelBars({ squeeze, excitation, applied, selected, onSelect, hintId }: Props) {
  const c = excitation.length;
  const zMax = Math.max(1e-9, ...squeeze);
  const sTop = TOP + Z_H + 22;
  const height = sTop + S_H + 22;
  const key = (e: KeyboardEvent) => {
    const next = { ArrowRight: selected + 1, ArrowLeft: selected - 1, Home: 0, End: c - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(Math.min(c - 1, Math.max(0, next)));
  };
  return (
    <ChartFrame
      alt=""
      height={height}
      fallbackWidth={LEFT + c * 30}
      className={styles.barsFigure}
      canvasProps={{
        className: styles.barsWrap,
        tabIndex: 0,
        role: 'group',
        'aria-label': S.barsLabel(selected, squeeze[selected].toFixed(3), excitation[selected].toFixed(3), applied[selected].toFixed(3)),
        'aria-describedby': hintId,
        onKeyDown: key,
        ...({ 'data-part': 'bars' } as object),
      }}
    >
      {({ width }) => {
        const col = Math.min(40, (width - LEFT) / c);
        const right = LEFT + c * col;
        const every = col >= LABEL_COL ? 1 : 2;
        return (
          <>
            <text x={2} y={TOP + Z_H / 2} className={styles.rowLabel}>{S.squeezeRow}</text>
            <text x={2} y={sTop + S_H / 2} className={styles.rowLabel}>{S.exciteRow}</text>
            <line x1={LEFT - 2} x2={right} y1={sTop} y2={sTop} stroke="var(--border)" strokeDasharray="3 3" />
            <line x1={LEFT - 2} x2={right} y1={sTop + S_H} y2={sTop + S_H} stroke="var(--muted)" />
            <text x={right - 2} y={sTop - 3} className={styles.tick} textAnchor="end">1</text>
            {excitation.map((sv, k) => {
              const x = LEFT + k * col;
              const zh = (squeeze[k] / zMax) * Z_H;
              const ah = applied[k] * S_H;
              const own = sTop + S_H - sv * S_H;
              const changed = Math.abs(applied[k] - sv) > 1e-9;
              const inset = Math.max(2, col * 0.15);
              return (
                <g key={k} onClick={() => onSelect(k)} className={k === selected ? styles.barSelected : styles.bar}>
                  <rect x={x} y={TOP - 4} width={col - 1} height={height - TOP} className={styles.barHit} />
                  <rect x={x + inset} y={TOP + Z_H - zh} width={col - 2 * inset} height={zh} fill="var(--muted)" />
                  <rect x={x + inset} y={sTop + S_H - ah} width={col - 2 * inset} height={ah} fill={changed ? 'var(--highlight)' : 'var(--accent)'} />
                  <line x1={x + 1} x2={x + col - 2} y1={own} y2={own} stroke="var(--fg)" strokeWidth={2} />
                  {channelLabelShown(k, selected, every) ? <text x={x + col / 2} y={sTop + S_H + 15} textAnchor="middle" className={k === selected ? styles.tickStrong : styles.tick}>{k}</text> : null}
                </g>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}

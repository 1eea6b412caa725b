'use client';
import type { KeyboardEvent } from 'react';
import type { DropoutView } from './model';
import { fmt } from './model';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { S } from './strings';
import styles from './DropoutDemo.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  view: DropoutView;
  unit: number;
  onUnit: (u: number) => void;
  hintId: string;
}

const TOP = 50;
const BOTTOM = 166;
const HEIGHT = 200;
/** Room right of the last output for its value (12 px text, up to "−0.00"). */
const VALUE_ROOM = 40;

/** Input units over output units, the connections of kept units drawn, dropped units crossed out. */
export function MaskFigure({ view, unit, onUnit, hintId }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const { layer, x } = view.setup;
  const drawn = view.keep.length > 0;
  const kept = (i: number) => !drawn || view.keep[i];
  const xi = (i: number, n: number) => ((i + 0.5) * width) / n;
  const xo = (o: number) => ((o + 0.5) * (width - VALUE_ROOM)) / layer.outputs;
  const r = Math.min(16, width / (layer.inputs * 2.6));
  const y = drawn ? view.run.outputs[view.run.outputs.length - 1] : null;
  const keptIdx = drawn ? view.keep.flatMap((k, i) => (k ? [i] : [])) : [];
  const droppedIdx = drawn ? view.keep.flatMap((k, i) => (k ? [] : [i])) : [];
  const scaleText = view.scale !== 1 ? S.scaleNote(fmt(view.scale, 2)) : '';
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const d = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    if (!d) return;
    e.preventDefault();
    onUnit(Math.min(layer.outputs - 1, Math.max(0, unit + d)));
  };
  return (
    <div ref={ref} className={styles.figure} tabIndex={0} role="group" aria-label={S.figureLabel} aria-describedby={hintId} onKeyDown={onKeyDown}>
      <p className={ui.visuallyHidden}>{S.figureAlt(keptIdx, droppedIdx, scaleText)}</p>
      <svg width={width} height={HEIGHT} aria-hidden="true" className={styles.figureSvg}>
        <text x={4} y={12} className={styles.rowLabel}>
          {S.inputRow}
        </text>
        <text x={4} y={HEIGHT - 2} className={styles.rowLabel}>
          {S.outputRow}
        </text>
        {Array.from({ length: layer.outputs }, (_, o) =>
          Array.from({ length: layer.inputs }, (_, i) => {
            if (!kept(i)) return null;
            const w = layer.weights[o * layer.inputs + i];
            return (
              <line
                key={`${o}-${i}`}
                x1={xi(i, layer.inputs)}
                y1={TOP + r}
                x2={xo(o)}
                y2={BOTTOM - r}
                className={`${w < 0 ? styles.negLink : styles.posLink} ${o === unit ? styles.linkSelected : ''}`}
                strokeOpacity={o === unit ? 0.35 + 0.65 * Math.abs(w) : 0.12 + 0.3 * Math.abs(w)}
              />
            );
          }),
        )}
        {x.map((v, i) => {
          const cx = xi(i, layer.inputs);
          return (
            <g key={i} className={kept(i) ? styles.unit : styles.dropped} data-kept={kept(i)}>
              <circle cx={cx} cy={TOP} r={r} />
              {kept(i) ? null : <path d={`M${cx - r * 0.7},${TOP - r * 0.7}L${cx + r * 0.7},${TOP + r * 0.7}M${cx + r * 0.7},${TOP - r * 0.7}L${cx - r * 0.7},${TOP + r * 0.7}`} />}
              <text x={cx} y={TOP - r - 4} textAnchor="middle" className={styles.unitValue}>
                {kept(i) ? fmt(v * (drawn ? view.scale : 1), 2) : '0'}
              </text>
            </g>
          );
        })}
        {Array.from({ length: layer.outputs }, (_, o) => {
          const cx = xo(o);
          return (
            <g key={o} className={o === unit ? `${styles.out} ${styles.outSelected}` : styles.out} onClick={() => onUnit(o)}>
              <circle cx={cx} cy={BOTTOM} r={r} />
              <text x={cx} y={BOTTOM + 4} textAnchor="middle" className={styles.unitIndex}>
                {o + 1}
              </text>
              <text x={cx + r + 4} y={BOTTOM + 4} className={styles.unitValue}>
                {y ? fmt(y[o], 2) : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

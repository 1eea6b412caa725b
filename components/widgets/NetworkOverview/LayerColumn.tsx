'use client';
import type { CSSProperties } from 'react';
import type { CellBox, OverviewLayer, UnitRef } from '@/lib/compute/overview/types';
import { fmt } from '@/components/widgets/shared/stepper/format';
import { gradientCss, type LayerScale } from './colour';
import { BAR_UNITS, inputPx, mapPx, mapsPerRow, stripOf } from './layout';
import { MapCanvas, type Marks } from './MapCanvas';
import { dims } from './units';
import { S } from './strings';
import css from './NetworkOverview.module.css';

/** What is outlined in this layer: the cursor and selected unit, and the cells feeding the cursor's unit. */
export interface LayerMarks {
  cursor: UnitRef | null;
  selected: UnitRef | null;
  feeding: { box: CellBox; channels: 'all' | number[] } | null;
  /** The cursor's receptive field (input layer only). */
  field: CellBox | null;
}

interface Props {
  layer: OverviewLayer;
  scale: LayerScale;
  marks: LayerMarks;
  compact: boolean;
  /** Class names for a layer of one unit per class (logits, probabilities), else null. */
  classes: readonly string[] | null;
  onPoint: (unit: UnitRef | null) => void;
  onPick: (unit: UnitRef) => void;
}

const cellBox = (y: number, x: number): CellBox => ({ top: y, left: x, bottom: y, right: x });
const at = (u: UnitRef | null, layer: number, channel: number) => (u && u.layer === layer && u.channel === channel ? cellBox(u.y, u.x) : null);

/** One layer: its name, shape and parameters, its colour scale, and every channel (or unit). */
export function LayerColumn({ layer, scale, marks, compact, classes, onPoint, onPick }: Props) {
  const d = dims(layer.shape);
  const [lo, hi] = layer.range;
  const how = scale.kind === 'diverging' ? S.scaleDiverging : scale.kind === 'grey' ? S.scaleGrey : S.scaleSequential;
  return (
    <section className={css.column} data-layer={layer.index} data-kind={layer.kind} aria-label={S.layerAlt(layer.label, layer.shape, lo, hi)}>
      <header className={css.columnHead}>
        <h4 className={css.layerName}>{layer.label}</h4>
        <p className={css.layerMeta}>
          {S.shape(layer.shape)} · {S.params(layer.params)}
        </p>
        <div className={css.scale} role="img" aria-label={S.legendLabel(scale.lo, scale.hi, how)}>
          <span className={css.ramp} style={{ background: gradientCss(scale) }} />
          <span className={css.rampLabels} aria-hidden="true">
            <span>{fmt(scale.lo)}</span>
            {scale.kind === 'diverging' ? <span>0</span> : null}
            <span>{fmt(scale.hi)}</span>
          </span>
        </div>
      </header>
      {!d.flat ? <Maps layer={layer} scale={scale} marks={marks} compact={compact} onPoint={onPoint} onPick={onPick} /> : d.c <= BAR_UNITS ? <Bars layer={layer} scale={scale} marks={marks} classes={classes} compact={compact} onPoint={onPoint} onPick={onPick} /> : <Strip layer={layer} scale={scale} marks={marks} compact={compact} onPoint={onPoint} onPick={onPick} />}
    </section>
  );
}

type PartProps = Omit<Props, 'classes' | 'compact'> & { compact?: boolean };

function Maps({ layer, scale, marks, compact = false, onPoint, onPick }: PartProps) {
  const { h, w, c } = dims(layer.shape);
  const px = layer.kind === 'input' ? inputPx(h, compact) : mapPx(h, compact);
  const feeds = (ch: number) => !!marks.feeding && (marks.feeding.channels === 'all' || marks.feeding.channels.includes(ch));
  return (
    <div className={css.maps} style={{ '--per-row': mapsPerRow(c), '--map': `${px}px` } as CSSProperties}>
      {Array.from({ length: c }, (_, ch) => {
        const m: Marks = {
          cursor: at(marks.cursor, layer.index, ch),
          selected: at(marks.selected, layer.index, ch),
          feeding: feeds(ch) ? marks.feeding!.box : null,
          field: marks.field,
        };
        return (
          <MapCanvas
            key={ch}
            rows={h}
            cols={w}
            at={(p) => layer.values[p * c + ch]}
            version={layer.values}
            scale={scale}
            width={Math.round((px * w) / h)}
            height={px}
            marks={m}
            title={c > 1 ? S.channel(ch) : undefined}
            onPoint={(cell) => onPoint(cell ? { layer: layer.index, channel: ch, ...cell } : null)}
            onPick={(cell) => onPick({ layer: layer.index, channel: ch, ...cell })}
          />
        );
      })}
    </div>
  );
}

function Strip({ layer, scale, marks, compact = false, onPoint, onPick }: PartProps) {
  const n = layer.shape[0];
  const strip = stripOf(n, compact);
  const unitBox = (u: UnitRef | null) => (u && u.layer === layer.index ? cellBox(Math.floor(u.channel / strip.cols), u.channel % strip.cols) : null);
  const f = marks.feeding;
  const feeding = f ? (f.channels === 'all' ? { top: 0, left: 0, bottom: strip.rows - 1, right: strip.cols - 1 } : f.channels.length === 1 ? cellBox(Math.floor(f.channels[0] / strip.cols), f.channels[0] % strip.cols) : null) : null;
  const unitOf = (cell: { y: number; x: number } | null) => {
    const i = cell ? cell.y * strip.cols + cell.x : -1;
    return cell && i < n ? { layer: layer.index, channel: i, y: 0, x: 0 } : null;
  };
  return (
    <div className={css.strip}>
      <MapCanvas
        rows={strip.rows}
        cols={strip.cols}
        at={(p) => (p < n ? layer.values[p] : scale.lo)}
        version={layer.values}
        scale={scale}
        width={strip.cols * strip.cell}
        height={strip.rows * strip.cell}
        marks={{ cursor: unitBox(marks.cursor), selected: unitBox(marks.selected), feeding }}
        onPoint={(cell) => onPoint(unitOf(cell))}
        onPick={(cell) => {
          const u = unitOf(cell);
          if (u) onPick(u);
        }}
      />
    </div>
  );
}

function Bars({ layer, scale, marks, classes, compact, onPoint, onPick }: Props) {
  const n = layer.shape[0];
  const diverging = scale.kind === 'diverging';
  const f = marks.feeding;
  return (
    <ul className={css.bars} data-compact={compact ? '' : undefined} onPointerLeave={() => onPoint(null)}>
      {Array.from({ length: n }, (_, k) => {
        const v = layer.values[k];
        const share = Math.min(1, Math.abs(v) / (scale.hi || 1));
        const unit = { layer: layer.index, channel: k, y: 0, x: 0 };
        const isCursor = marks.cursor?.layer === layer.index && marks.cursor.channel === k;
        const isSelected = marks.selected?.layer === layer.index && marks.selected.channel === k;
        const fed = !!f && (f.channels === 'all' || f.channels.includes(k));
        const style = diverging
          ? { left: v < 0 ? `${50 - 50 * share}%` : '50%', width: `${50 * share}%` }
          : { left: 0, width: `${100 * share}%` };
        return (
          <li
            key={k}
            className={css.barRow}
            data-cursor={isCursor ? '' : undefined}
            data-selected={isSelected ? '' : undefined}
            data-feeding={fed ? '' : undefined}
            onPointerEnter={() => onPoint(unit)}
            onClick={() => onPick(unit)}
          >
            <span className={css.barName}>{classes ? classes[k] : S.unitName(k)}</span>
            <span className={css.barTrack}>
              {diverging ? <span className={css.barZero} /> : null}
              <span className={v < 0 ? `${css.bar} ${css.barNegative}` : css.bar} style={style} />
            </span>
            <span className={css.barValue}>{layer.kind === 'softmax' ? `${(100 * v).toFixed(1)} %` : fmt(v)}</span>
          </li>
        );
      })}
    </ul>
  );
}

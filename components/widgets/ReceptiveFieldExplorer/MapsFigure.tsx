import type { KeyboardEvent } from 'react';
import type { ChainLayer } from '@/lib/nn/layerChain';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { useOnSlide } from '@/components/widgets/shared/useOnSlide';
import { MapGrid } from './MapGrid';
import { moveUnit, paddingCells, type MapView } from './model';
import { S } from './strings';
import styles from './maps.module.css';

interface Props {
  idBase: string;
  layers: readonly ChainLayer[];
  maps: MapView[];
  unit: [number, number];
  fieldSize: number;
  onUnit: (unit: [number, number]) => void;
}

/** A map on the page is drawn at least this wide (px) where it can be, and a cell at most MAX_CELL. */
const MIN_MAP = 160;
const MAX_CELL = 12;

/**
 * The cell size at which the largest map (padding ring included) fits its column. On the page,
 * as many maps share a row as stay at least MIN_MAP wide (two at least), so a deep stack stays a
 * few rows tall. On a slide, where the figure has half the widget's width and the screen no room
 * to scroll, up to four maps share a row.
 */
export function cellSize(width: number, maps: readonly MapView[], onSlide = false): number {
  const widest = Math.max(...maps.map((m) => m.lead + m.side + m.trail));
  // The figure's padding and border (about 26 px) and the gaps between maps.
  const cellAt = (perRow: number) => Math.floor((width - 26 - (perRow - 1) * 16) / perRow / widest);
  if (onSlide) return Math.max(3, Math.min(20, cellAt(Math.max(2, Math.min(4, maps.length)))));
  let perRow = 2;
  while (perRow < maps.length && cellAt(perRow + 1) * widest >= MIN_MAP) perRow++;
  return Math.max(3, Math.min(MAX_CELL, cellAt(perRow)));
}

/** Every map of the stack, input first; the last one is where the reader picks a unit. */
export function MapsFigure({ idBase, layers, maps, unit, fieldSize, onUnit }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const onSlide = useOnSlide(ref);
  const cell = cellSize(width, maps, onSlide);
  const out = maps[maps.length - 1];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const next = moveUnit(e.key, unit, out.side);
    if (!next) return;
    e.preventDefault();
    onUnit(next);
  };
  const input = maps[0];
  const said = S.announce(unit[0], unit[1], fieldSize, input.region, paddingCells(input.region, input.side));
  return (
    <div ref={ref} className={styles.figureWrap}>
      <div className={styles.figure} tabIndex={0} role="group" aria-label={S.figureLabel(out.side)} aria-describedby={`${idBase}-hint`} onKeyDown={onKeyDown}>
        {maps.map((m) => {
          const l = m.index > 0 ? layers[m.index - 1] : null;
          const last = m.index === maps.length - 1;
          return (
            <figure key={m.index} className={last ? `${styles.mapBox} ${styles.outputBox}` : styles.mapBox} style={{ width: `max(${(m.lead + m.side + m.trail) * cell}px, 7rem)` }}>
              <figcaption className={styles.mapTitle}>
                {l ? S.mapTitle(m.index, l.kind, l.kernel, m.side) : S.inputTitle(m.side)}
                {last && m.index > 0 ? (
                  <>
                    {' '}
                    <strong className={styles.outputTag}>{S.outputTag}</strong>
                  </>
                ) : null}
              </figcaption>
              <MapGrid map={m} cell={cell} output={last && m.index > 0} onPick={last ? (r, c) => (r !== unit[0] || c !== unit[1]) && onUnit([r, c]) : undefined} />
            </figure>
          );
        })}
      </div>
      <p id={`${idBase}-hint`} className={styles.hint}>
        {S.hint} {S.legend}
      </p>
      <p className={styles.announce} aria-live="polite" data-testid="rf-announce">
        {said}
      </p>
    </div>
  );
}

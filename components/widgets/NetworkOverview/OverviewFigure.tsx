'use client';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { OverviewPass, UnitRef } from '@/lib/compute/overview/types';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { layerScale } from './colour';
import { LayerColumn, type LayerMarks } from './LayerColumn';
import { moveUnit } from './units';
import type { Overview } from './useOverviewData';
import { S } from './strings';
import css from './NetworkOverview.module.css';

interface Props {
  overview: Overview;
  pass: OverviewPass;
  compact: boolean;
  hintId: string;
  cursor: UnitRef | null;
  onCursor: (u: UnitRef | null) => void;
  selected: UnitRef | null;
  onSelect: (u: UnitRef | null) => void;
}

/** Class names for a layer with one unit per class: the probabilities, and the logits under them. */
export function classNamesFor(pass: OverviewPass, index: number): readonly string[] | null {
  const classes = pass.probabilities.length;
  const layer = pass.layers[index + 1];
  const last = pass.layers.length - 2;
  const perClass = layer.shape.length === 1 && layer.shape[0] === classes && classes === FASHION_CLASSES.length;
  return perClass && (index === last || index === last - 1) ? FASHION_CLASSES : null;
}

/**
 * Every layer side by side (stacked on a phone). One focusable figure: the arrow keys move the
 * cursor between units (see units.ts), Enter selects, Escape lets go; the pointer does the same.
 */
export function OverviewFigure({ overview, pass, compact, hintId, cursor, onCursor, selected, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shapes = useMemo(() => pass.layers.map((l) => l.shape), [pass]);
  const scales = useMemo(() => pass.layers.map((l) => (l.kind === 'softmax' ? layerScale([0, 1]) : layerScale(l.range, l.kind === 'input'))), [pass]);
  const feeding = useMemo(() => (cursor ? overview.feedingBox(pass.spec, cursor) : null), [overview, pass, cursor]);
  const field = useMemo(() => (cursor ? overview.inputField(pass.spec, cursor) : null), [overview, pass, cursor]);
  const start = (): UnitRef => selected ?? { layer: -1, channel: 0, y: Math.floor(pass.spec.input[0] / 2), x: Math.floor(pass.spec.input[1] / 2) };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(cursor ?? start());
      return;
    }
    if (e.key === 'Escape') {
      if (selected) e.preventDefault();
      onSelect(null);
      return;
    }
    const next = moveUnit(shapes, cursor ?? start(), e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    onCursor(next);
  };
  const point = (u: UnitRef | null) => {
    if (u || document.activeElement !== ref.current) onCursor(u);
  };
  const pick = (u: UnitRef) => {
    onCursor(u);
    onSelect(u);
  };

  return (
    <div
      ref={ref}
      className={css.figure}
      tabIndex={0}
      role="group"
      aria-label={S.figureLabel}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target === e.currentTarget && !cursor && onCursor(start())}
    >
      {pass.layers.map((layer, i) => {
        const marks: LayerMarks = {
          cursor,
          selected,
          feeding: feeding && feeding.layer === layer.index ? feeding : null,
          field: layer.index === -1 ? field : null,
        };
        return (
          <LayerColumn key={layer.index} layer={layer} scale={scales[i]} marks={marks} compact={compact} classes={classNamesFor(pass, layer.index)} onPoint={point} onPick={pick} />
        );
      })}
    </div>
  );
}

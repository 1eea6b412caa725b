'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useElementWidth } from '@/components/ui/useElementWidth';
import type { NetworkAnalysis } from '@/lib/nn/catalogue';
import { Legend } from '@/components/ui';
import { boxLabels, DiagramLabels, DiagramShapes, KindSwatch, LABEL_SPACE, MARGIN } from './DiagramShapes';
import { layoutNetwork } from './layout';
import { S } from './strings';
import styles from './diagram.module.css';

interface Props {
  analysis: NetworkAnalysis;
  open: ReadonlySet<string>;
  /** The visible selected box ('input' or a name). */
  selected: string;
  detail: string;
  /** What the last action did ('Opened layer1.'), said before the detail. */
  notice: string;
  onSelect: (key: string) => void;
  onToggle: (block: string) => void;
  /** Escape: close the innermost open block around the selection. */
  onCloseAround: (key: string) => void;
}

const MAX_SCALE = 2;

/** The legend: one box of each kind, as the strip draws it. */
const LEGEND = [
  ['conv', S.legend.conv],
  ['pool', S.legend.pool],
  ['fc', S.legend.fc],
  ['bn', S.legend.norm],
  ['add', S.legend.merge],
  ['block', S.legend.block],
  ['other', S.legend.other],
] as const;

/** The strip of layer boxes: focusable, driven by arrow keys, announcing the current box. */
export function LayerDiagram({ analysis, open, selected, detail, notice, onSelect, onToggle, onCloseAround }: Props) {
  const layout = useMemo(() => layoutNetwork(analysis, open), [analysis, open]);
  const [scroller, available] = useElementWidth<HTMLDivElement>(640);
  // A short network is drawn larger (up to twice) to use the width it has; a long one scrolls.
  const scale = Math.min(MAX_SCALE, Math.max(1, (available - 2 * MARGIN.x) / Math.max(1, layout.width)));
  const labels = useMemo(() => boxLabels(layout.boxes, scale), [layout, scale]);
  const index = Math.max(0, layout.boxes.findIndex((b) => b.key === selected));
  // The shapes are drawn once per layout; clicks reach the latest handlers through a ref.
  const handlers = useRef({ onSelect, onToggle });
  useLayoutEffect(() => {
    handlers.current = { onSelect, onToggle };
  });
  const onBox = useCallback((key: string, block: boolean) => {
    handlers.current.onSelect(key);
    if (block) handlers.current.onToggle(key);
  }, []);
  const onFrame = useCallback((key: string) => handlers.current.onToggle(key), []);
  const current = layout.boxes[index];

  // Keep the current box in view inside the strip's own scroll area (never the page).
  useEffect(() => {
    const el = scroller.current;
    if (!el || !current) return;
    const left = current.x * scale + MARGIN.x;
    const right = left + current.w * scale;
    if (left < el.scrollLeft + 16) el.scrollLeft = Math.max(0, left - 40);
    else if (right > el.scrollLeft + el.clientWidth - 16) el.scrollLeft = right - el.clientWidth + 40;
  }, [current, scale, scroller]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = layout.boxes.length - 1;
    const go = (i: number) => onSelect(layout.boxes[Math.min(last, Math.max(0, i))].key);
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(last);
        break;
      case 'Enter':
      case ' ':
        if (current?.block) onToggle(current.key);
        else return;
        break;
      case 'Escape':
        onCloseAround(current.key);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const bottom = MARGIN.y + layout.height * scale;
  // The last names slant past the last box.
  const width = layout.width * scale + 2 * MARGIN.x + (labels.length ? 48 : 0);
  const height = bottom + (labels.length ? LABEL_SPACE : MARGIN.y);
  return (
    <figure className={styles.diagramFigure}>
      <figcaption className={styles.caption}>{S.diagram.caption}</figcaption>
      <div className={styles.diagram}>
        <div
          ref={scroller}
          className={styles.diagramScroll}
          tabIndex={0}
          role="group"
          aria-label={S.diagram.label(analysis.title)}
          onKeyDown={onKeyDown}
          data-part="diagram"
        >
          <svg width={width} height={height} style={{ maxWidth: 'none', height }} aria-hidden="true" className={styles.diagramSvg}>
            <g transform={`translate(${MARGIN.x},${MARGIN.y}) scale(${scale})`}>
              <DiagramShapes layout={layout} onBox={onBox} onFrame={onFrame} />
              {current ? <rect x={current.x} y={current.y} width={current.w} height={current.h} rx={2} className={styles.currentOutline} /> : null}
            </g>
            {current ? (
              <path d={`M${MARGIN.x + (current.x + current.w / 2) * scale - 5},${bottom + 9} l5,-8 l5,8 z`} className={styles.pointer} />
            ) : null}
            <DiagramLabels labels={labels} scale={scale} top={bottom + 16} />
          </svg>
        </div>
        <p className={styles.detail} aria-live="polite" data-part="detail">
          {notice ? `${notice} ` : ''}
          {detail}
          {current?.block === 'closed' ? ` ${S.diagram.openHint}` : ''}
        </p>
      </div>
      <div aria-hidden="true">
        <Legend items={LEGEND.map(([kind, label]) => ({ label, swatch: <KindSwatch kind={kind} /> }))} />
      </div>
    </figure>
  );
}

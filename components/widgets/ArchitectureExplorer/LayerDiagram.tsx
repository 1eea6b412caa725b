'use client';
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { useElementWidth } from '@/components/widgets/shared/useElementWidth';
import type { NetworkAnalysis } from '@/lib/nn/catalogue';
import { layoutNetwork, type DiagramBox } from './layout';
import { S } from './strings';
import styles from './ArchitectureExplorer.module.css';

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

const MARGIN = { x: 8, y: 10 };
const MAX_SCALE = 2;

const KIND_CLASS: Partial<Record<DiagramBox['kind'], string>> = {
  conv: styles.kConv,
  fc: styles.kFc,
  pool: styles.kPool,
  adaptivePool: styles.kPool,
  globalPool: styles.kPool,
  bn: styles.kNorm,
  add: styles.kMerge,
  concat: styles.kMerge,
  multiply: styles.kMerge,
  block: styles.kBlock,
  input: styles.kInput,
};

const shortOf = (name: string) => name.split('.').pop() ?? name;

/** Room under the boxes for their slanted names. */
const LABEL_SPACE = 62;
const LABEL_CHARS = 11;
/** Closest two labels may be, in pixels along the strip. */
const LABEL_STEP = 15;
const UNLABELLED = new Set<DiagramBox['kind']>(['act', 'dropout', 'flatten', 'bn', 'chunk', 'shuffle']);

/** A readable name for a box: the last part of its name, with its parent when that part is a number. */
function labelOf(key: string): string {
  const parts = key.split('.');
  const last = parts.pop() ?? key;
  const text = /^\d+$/.test(last) && parts.length ? `${parts.pop()}.${last}` : last;
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/** Names under the weight layers, pools, merges and blocks, thinned so no two collide. */
function boxLabels(boxes: DiagramBox[], scale: number) {
  const out: { key: string; cx: number; text: string }[] = [];
  let last = -Infinity;
  for (const b of [...boxes].sort((p, q) => p.x - q.x)) {
    if (UNLABELLED.has(b.kind) && b.block === undefined) continue;
    const cx = b.x + b.w / 2;
    if ((cx - last) * scale < LABEL_STEP) continue;
    out.push({ key: b.key, cx, text: labelOf(b.key) });
    last = cx;
  }
  return out;
}

/** The strip of layer boxes: focusable, driven by arrow keys, announcing the current box. */
export function LayerDiagram({ analysis, open, selected, detail, notice, onSelect, onToggle, onCloseAround }: Props) {
  const layout = useMemo(() => layoutNetwork(analysis, open), [analysis, open]);
  const [scroller, available] = useElementWidth<HTMLDivElement>(640);
  // A short network is drawn larger (up to twice) to use the width it has; a long one scrolls.
  const scale = Math.min(MAX_SCALE, Math.max(1, (available - 2 * MARGIN.x) / Math.max(1, layout.width)));
  const index = Math.max(0, layout.boxes.findIndex((b) => b.key === selected));
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
  const labels = boxLabels(layout.boxes, scale);
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
              {layout.frames.map((f) => (
                <g key={f.key} className={styles.frame} onClick={() => onToggle(f.key)}>
                  <rect x={f.x} y={f.y} width={f.w} height={f.h} rx={4} />
                  <text x={f.x + 4} y={f.y + 9} className={styles.frameText}>
                    − {f.w > 60 ? shortOf(f.key) : ''}
                  </text>
                </g>
              ))}
              {layout.links.map((pts, i) => (
                <polyline key={i} points={pts.map((p) => p.join(',')).join(' ')} className={styles.link} />
              ))}
              {layout.boxes.map((b) => (
                <g
                  key={b.key}
                  className={`${styles.box} ${KIND_CLASS[b.kind] ?? styles.kOther} ${b.key === current?.key ? styles.current : ''}`}
                  onClick={() => {
                    onSelect(b.key);
                    if (b.block) onToggle(b.key);
                  }}
                >
                  <title>{b.key}</title>
                  <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={b.kind === 'add' || b.kind === 'concat' || b.kind === 'multiply' ? 4 : 2} />
                  {b.block === 'closed' ? (
                    <text x={b.x + b.w / 2} y={b.y + b.h / 2} dy="0.35em" textAnchor="middle" className={styles.plus}>
                      +
                    </text>
                  ) : null}
                </g>
              ))}
            </g>
            {current ? (
              <path d={`M${MARGIN.x + (current.x + current.w / 2) * scale - 5},${bottom + 9} l5,-8 l5,8 z`} className={styles.pointer} />
            ) : null}
            {labels.map((l) => (
              <text
                key={l.key}
                transform={`translate(${MARGIN.x + l.cx * scale + 3},${bottom + 16}) rotate(40)`}
                className={`${styles.boxLabel} ${l.key === current?.key ? styles.boxLabelCurrent : ''}`}
              >
                {l.text}
              </text>
            ))}
          </svg>
        </div>
        <p className={styles.detail} aria-live="polite" data-part="detail">
          {notice ? `${notice} ` : ''}
          {detail}
          {current?.block === 'closed' ? ` ${S.diagram.openHint}` : ''}
        </p>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.lConv}>{S.legend.conv}</li>
        <li className={styles.lPool}>{S.legend.pool}</li>
        <li className={styles.lFc}>{S.legend.fc}</li>
        <li className={styles.lNorm}>{S.legend.norm}</li>
        <li className={styles.lMerge}>{S.legend.merge}</li>
        <li className={styles.lBlock}>{S.legend.block}</li>
        <li className={styles.lOther}>{S.legend.other}</li>
      </ul>
    </figure>
  );
}

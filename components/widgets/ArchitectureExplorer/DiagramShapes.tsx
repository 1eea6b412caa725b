import { memo } from 'react';
import type { DiagramBox, DiagramLayout } from './layout';
import styles from './diagram.module.css';

/** The strip's margins in pixels, shared with LayerDiagram. */
export const MARGIN = { x: 8, y: 10 };

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

/** A legend's mark for a kind of box: the box itself, drawn small (a thin one for "in place"). */
export function KindSwatch({ kind }: { kind: DiagramBox['kind'] | 'other' }) {
  const thin = kind === 'other';
  return (
    <svg width={14} height={14} aria-hidden="true" className={`${styles.box} ${KIND_CLASS[kind as DiagramBox['kind']] ?? styles.kOther}`}>
      <rect x={thin ? 4.5 : 1} y={1} width={thin ? 5 : 12} height={12} rx={2} />
    </svg>
  );
}

/** Room under the boxes for their slanted names. */
export const LABEL_SPACE = 62;
const LABEL_CHARS = 11;
/** Closest two labels may be, in pixels along the strip. */
const LABEL_STEP = 15;
const UNLABELLED = new Set<DiagramBox['kind']>(['act', 'dropout', 'flatten', 'bn', 'chunk', 'shuffle']);

/** Last parts that say little on their own ('conv' in a conv-BN-activation block): the parent names them. */
const GENERIC = /^(\d+|conv|bn|relu6?|act)$/;

/** A readable name for a box: the last part of its name, or its parent's when that part is generic. */
function labelOf(key: string): string {
  const parts = key.split('.');
  let text = parts.pop() ?? key;
  if (GENERIC.test(text) && parts.length) text = /^\d+$/.test(text) ? `${parts.pop()}.${text}` : (parts.pop() ?? text);
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/** Names under the weight layers, pools, merges and blocks, thinned so no two collide. */
export function boxLabels(boxes: DiagramBox[], scale: number) {
  const out: BoxLabel[] = [];
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

export interface BoxLabel {
  key: string;
  cx: number;
  text: string;
}

interface ShapesProps {
  layout: DiagramLayout;
  onBox: (key: string, block: boolean) => void;
  onFrame: (key: string) => void;
}

/** Frames, links and boxes of a layout: redrawn only when the layout changes, not when the pointer moves. */
export const DiagramShapes = memo(function DiagramShapes({ layout, onBox, onFrame }: ShapesProps) {
  return (
    <>
      {layout.frames.map((f) => (
        <g key={f.key} className={styles.frame} onClick={() => onFrame(f.key)}>
          <rect x={f.x} y={f.y} width={f.w} height={f.h} rx={4} />
          <text x={f.x + 4} y={f.y + 9} className={styles.frameText}>
            − {f.w > 60 ? labelOf(f.key) : ''}
          </text>
        </g>
      ))}
      {layout.links.map((pts, i) => (
        <polyline key={i} points={pts.map((p) => p.join(',')).join(' ')} className={styles.link} />
      ))}
      {layout.boxes.map((b) => (
        <g key={b.key} className={`${styles.box} ${KIND_CLASS[b.kind] ?? styles.kOther}`} onClick={() => onBox(b.key, b.block !== undefined)}>
          <title>{b.key}</title>
          <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={b.kind === 'add' || b.kind === 'concat' || b.kind === 'multiply' ? 4 : 2} />
          {b.block === 'closed' ? (
            <text x={b.x + b.w / 2} y={b.y + b.h / 2} dy="0.35em" textAnchor="middle" className={styles.plus}>
              +
            </text>
          ) : null}
        </g>
      ))}
    </>
  );
});

/** The slanted names under the strip, at real pixels (not scaled with the boxes). */
export const DiagramLabels = memo(function DiagramLabels({ labels, scale, top }: { labels: BoxLabel[]; scale: number; top: number }) {
  return (
    <>
      {labels.map((l) => (
        <text key={l.key} transform={`translate(${MARGIN.x + l.cx * scale + 3},${top}) rotate(40)`} className={styles.boxLabel}>
          {l.text}
        </text>
      ))}
    </>
  );
});

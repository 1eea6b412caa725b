import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { ConvTrace } from '@/lib/compute/types';
import { channelPaint, grayPaint, signedPaint } from '@/components/widgets/shared/stepper/colors';
import { fmt, maxAbs } from '@/components/widgets/shared/stepper/format';
import { inputCellOf } from '@/lib/compute/convWindow';
import type { Geometry } from '@/components/widgets/shared/stepper/geometry';
import { rowLabel } from './labels';
import { strings } from './strings';
import styles from './im2col.module.css';

/** Columns beyond this are drawn small, values on hover only. */
const TEXT_COLUMNS = 30;
const HEADER = 18;
const GAP = 12;
const LABELS = 52;

interface Props {
  trace: ConvTrace;
  geometry: Geometry;
  column: number;
  onSelect: (p: number) => void;
  imageRange: [number, number];
}

/** The K×P im2col matrix and the O×P output row under it, scrolling sideways inside the widget. */
export function Im2colMatrix({ trace, geometry, column: p, onSelect, imageRange }: Props) {
  const { inChannels: C, kh, kw, outChannels: O } = trace;
  const P = geometry.positions;
  const area = kh * kw;
  const K = C * area;
  const text = P <= TEXT_COLUMNS;
  const cw = text ? 36 : 14;
  const ch = text ? 24 : 14;
  const matrixH = HEADER + K * ch;
  const height = matrixH + GAP + O * ch;
  const width = P * cw;
  const scroller = useRef<HTMLDivElement>(null);

  const body = useMemo(() => {
    const [lo, hi] = imageRange;
    const outMax = Array.from({ length: O }, (_, o) => maxAbs(trace.output, o * P, (o + 1) * P));
    const cells = [];
    for (let q = 0; q < P; q++) {
      const x = q * cw;
      if (text || q === 0 || (q + 1) % 10 === 0)
        cells.push(
          <text key={`h${q}`} x={x + cw / 2} y={HEADER - 5} className={styles.header}>
            {q + 1}
          </text>,
        );
      for (let k = 0; k < K; k++) {
        const v = trace.columns[k * P + q];
        const c = Math.floor(k / area);
        const pad = inputCellOf(geometry, q, Math.floor((k % area) / kw), k % kw).isPadding;
        const paint = C === 3 ? channelPaint(c, v) : grayPaint(v, lo, hi);
        const y = HEADER + k * ch;
        cells.push(
          <g key={`${k}-${q}`}>
            <title>{strings.cell(rowLabel(k, C, kh, kw), q, v)}</title>
            <rect x={x} y={y} width={cw} height={ch} className={pad ? styles.padding : styles.cell} style={pad ? undefined : { fill: paint.fill }} />
            {text ? (
              <text x={x + cw / 2} y={y + ch / 2} className={styles.value} style={{ fill: pad ? undefined : paint.text }}>
                {fmt(v)}
              </text>
            ) : null}
          </g>,
        );
      }
      for (let o = 0; o < O; o++) {
        const v = trace.output[o * P + q];
        const paint = signedPaint(v, outMax[o]);
        const y = matrixH + GAP + o * ch;
        cells.push(
          <g key={`o${o}-${q}`}>
            <title>{strings.outCell(q, v)}</title>
            <rect x={x} y={y} width={cw} height={ch} className={styles.cell} style={{ fill: paint.fill }} />
            {text ? (
              <text x={x + cw / 2} y={y + ch / 2} className={styles.value} style={{ fill: paint.text }}>
                {fmt(v)}
              </text>
            ) : null}
          </g>,
        );
      }
    }
    return cells;
  }, [trace, geometry, imageRange, text, cw, ch, P, K, O, C, area, kh, kw, matrixH]);

  // Keep the chosen column in view, without scrolling the page.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const x = p * cw;
    if (x < el.scrollLeft || x + cw > el.scrollLeft + el.clientWidth) {
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      el.scrollTo({ left: Math.max(0, x - el.clientWidth / 2), behavior: smooth ? 'smooth' : 'auto' });
    }
  }, [p, cw]);

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const q = Math.floor((e.clientX - e.currentTarget.getBoundingClientRect().left) / cw);
    if (q >= 0 && q < P) onSelect(q);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next = { ArrowLeft: p - 1, ArrowRight: p + 1, Home: 0, End: P - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(Math.min(P - 1, Math.max(0, next)));
  };

  return (
    <div className={styles.matrixArea}>
      <svg className={styles.labels} width={LABELS} height={height} aria-hidden="true">
        {Array.from({ length: K }, (_, k) => (
          <text key={k} x={LABELS - 6} y={HEADER + k * ch + ch / 2} className={styles.rowLabel}>
            {rowLabel(k, C, kh, kw)}
          </text>
        ))}
        {Array.from({ length: O }, (_, o) => (
          <text key={`o${o}`} x={LABELS - 6} y={matrixH + GAP + o * ch + ch / 2} className={styles.rowLabel}>
            {strings.outLabel(o, O)}
          </text>
        ))}
      </svg>
      <div ref={scroller} className={styles.scroller} tabIndex={0} role="group" aria-label={strings.matrixLabel(K, P)} onKeyDown={onKeyDown}>
        <div className={styles.layers} style={{ width, height }}>
          <svg width={width} height={height} className={styles.matrix} role="img" aria-label={strings.matrixTitle(K, P)} onClick={onClick}>
            {body}
          </svg>
          {/* The highlight lives in its own layer: moving it never repaints thousands of cells. */}
          <svg width={width} height={height} className={styles.overlay} aria-hidden="true">
            <rect x={p * cw} y={HEADER} width={cw} height={K * ch} className={styles.currentColumn} />
            {Array.from({ length: O }, (_, o) => (
              <rect key={o} x={p * cw} y={matrixH + GAP + o * ch} width={cw} height={ch} className={styles.currentOutput} />
            ))}
          </svg>
        </div>
      </div>
    </div>
  );
}
